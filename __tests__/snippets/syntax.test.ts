/** @jest-environment node */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCourse } from '@/lib/content/load-course';
import { COMPILER, checkSnippet, compilerAvailable } from '@/scripts/snippet-check/compile';

const root = path.resolve(__dirname, '../..');
const snippets = [...loadCourse(root).snippets.values()];
const available = compilerAvailable();

if (!available && process.env.CI === 'true') {
  throw new Error(`${COMPILER} is missing: CI must install gcc-mingw-w64-x86-64 and mingw-w64-x86-64-dev.`);
}
if (!available) {
  console.warn(`\n⚠ SKIPPING the snippet syntax check: ${COMPILER} is not installed.\n  apt-get install -y gcc-mingw-w64-x86-64 mingw-w64-x86-64-dev\n`);
}

const describeIfCompiler = available ? describe : describe.skip;

/** Writes C source to a temporary file and checks it. */
function checkSource(source: string) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rz-snippet-')), 'probe.c');
  fs.writeFileSync(file, source);
  return checkSnippet(file);
}

describeIfCompiler('driver snippets', () => {
  it.each(snippets.map((s) => [s.file, s] as const))('%s passes x86_64-w64-mingw32-gcc -fsyntax-only -Wall', (_file, snippet) => {
    const result = checkSnippet(path.join(root, snippet.file));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  });
});

describeIfCompiler('the snippet check itself', () => {
  it('rejects a WDM call with a missing argument', () => {
    const result = checkSource('#include <ntddk.h>\nvoid RzDone(PIRP Irp) { IoCompleteRequest(Irp); }\n');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/IoCompleteRequest|too few arguments/);
  });

  it('rejects an unused variable, since warnings count as errors', () => {
    const result = checkSource('#include <ntddk.h>\nvoid RzF(void) { int unused; }\n');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/unused variable/);
  });
});
