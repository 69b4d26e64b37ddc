import { createHash } from 'node:crypto';

/**
 * Which files of the static export the service worker caches on install: every page's HTML (as the
 * folder URL it is served at), the hashed JS and CSS, the JSON the checks and search load, and icons.
 * React Server Component payloads (.txt) are cached as they are fetched instead; they are most of
 * the export's size and only speed up in-app navigation.
 */
export function precacheUrls(files: readonly string[], basePath: string): string[] {
  const urls = files
    .filter((f) => !f.endsWith('.txt') && !f.startsWith('_not-found') && f !== '404.html' && !/(^|\/)sw\.js$/.test(f))
    .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .map((u) => `${basePath}${u}`);
  return [...new Set(urls)].sort();
}

/** A version for the worker that changes whenever any precached file's content changes. */
export function cacheVersion(contents: readonly { file: string; data: Buffer | string }[]): string {
  const hash = createHash('sha256');
  for (const { file, data } of [...contents].sort((a, b) => a.file.localeCompare(b.file))) hash.update(file).update('\0').update(data).update('\0');
  return hash.digest('hex').slice(0, 16);
}
