// Jest runs outside React's server condition, where `server-only` would throw on import.
export {};
