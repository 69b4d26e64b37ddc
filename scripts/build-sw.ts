// Runs after `next build`: writes out/sw.js with the precache list and a content version.
import fs from 'node:fs';
import path from 'node:path';
import { cacheVersion, precacheUrls } from '../lib/offline/precache';
import { builtBasePath } from './lib/built-site.mjs';

const outDir = path.resolve('out');
const files: string[] = [];
const walk = (dir: string) => {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(abs);
    else files.push(path.relative(outDir, abs).split(path.sep).join('/'));
  }
};
walk(outDir);

const basePath = builtBasePath();
const urls = precacheUrls(files, basePath);
const version = cacheVersion(files.filter((f) => f !== 'sw.js').map((file) => ({ file, data: fs.readFileSync(path.join(outDir, file)) })));
const template = fs.readFileSync(path.resolve('scripts/sw/sw-template.js'), 'utf8');
const worker = template.replace('__VERSION__', version).replace('__SCOPE__', `${basePath}/`).replace('__PRECACHE__', JSON.stringify(urls));
fs.writeFileSync(path.join(outDir, 'sw.js'), worker);
console.log(`Service worker: version ${version}, ${urls.length} files precached.`);
