import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Debian's mingw-w64 cross compiler, used only for its syntax and type checks. */
export const COMPILER = 'x86_64-w64-mingw32-gcc';
export const DDK_INCLUDE = '/usr/share/mingw-w64/include/ddk';
const PROJECT_INCLUDE = path.resolve(__dirname, 'include');

/** True when the cross compiler and its DDK headers can be run. */
export function compilerAvailable(): boolean {
  const probe = spawnSync(COMPILER, ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

/**
 * The arguments that check one snippet: syntax and types only, all warnings as errors.
 * `rz-ddk-extras.h` adds documented routines mingw lacks; `include/kmdf` holds the
 * small KMDF declarations header that stands in for `wdf.h`.
 */
export function compilerArgs(file: string): string[] {
  return [
    '-fsyntax-only',
    '-Wall',
    '-Werror',
    '-std=gnu11',
    `-I${path.join(PROJECT_INCLUDE, 'kmdf')}`,
    `-I${DDK_INCLUDE}`,
    '-include',
    path.join(PROJECT_INCLUDE, 'rz-ddk-extras.h'),
    file,
  ];
}

/** Syntax-checks one C file; `output` holds the compiler's diagnostics. */
export function checkSnippet(file: string): { ok: boolean; output: string } {
  const run = spawnSync(COMPILER, compilerArgs(file), { encoding: 'utf8' });
  return { ok: run.status === 0 && run.stderr.trim() === '', output: `${run.stdout}${run.stderr}`.trim() };
}
