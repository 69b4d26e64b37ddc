// First-load JavaScript of a built route: the gzip size of every script its HTML loads.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * Script URLs a modern browser loads: `<script src>` (less `nomodule` polyfills, which it skips)
 * and `<link rel=modulepreload|preload as=script>`.
 */
export function scriptUrls(html) {
  const urls = new Set();
  for (const m of html.matchAll(/<script\b[^>]*>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[0])?.[1];
    if (src && !/\bnomodule\b/i.test(m[0])) urls.add(src);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && (/rel="modulepreload"/.test(tag) || (/rel="preload"/.test(tag) && /as="script"/.test(tag)))) urls.add(href);
  }
  return [...urls];
}

/** Sums raw and gzip sizes of the route's scripts, read from out/. */
export function firstLoadJs(outDir, basePath, route) {
  const html = fs.readFileSync(path.join(outDir, route, 'index.html'), 'utf8');
  let raw = 0;
  let gzip = 0;
  const files = scriptUrls(html).map((url) => url.split('?')[0].slice(basePath.length));
  for (const file of files) {
    const body = fs.readFileSync(path.join(outDir, file));
    raw += body.length;
    gzip += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { scripts: files.length, raw, gzip };
}
