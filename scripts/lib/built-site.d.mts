export const OUT_DIR: string;
export function assertBuilt(): void;
export function builtBasePath(): string;
export function builtRoutes(): string[];
