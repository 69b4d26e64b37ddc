// Facts about the static export in out/: its routes and the base path it was built with.
import fs from 'node:fs';
import path from 'node:path';

export const OUT_DIR = path.resolve('out');

/** Fails with a clear message when there is no build to test. */
export function assertBuilt() {
  if (!fs.existsSync(path.join(OUT_DIR, 'index.html'))) {
    throw new Error('No static export in out/. Run `npm run build` first.');
  }
}

/** The base path the build used, read from the asset URLs in its home page. */
export function builtBasePath() {
  const html = fs.readFileSync(path.join(OUT_DIR, 'index.html'), 'utf8');
  const match = /(?:src|href)="([^"]*)\/_next\/static\//.exec(html);
  if (!match) throw new Error('Cannot find /_next/static/ in out/index.html');
  return match[1];
}

/** Every page of the export, as paths below the base path ('/', '/lessons/x/'). */
export function builtRoutes() {
  const routes = [];
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory() && !entry.name.startsWith('_')) walk(abs);
      else if (entry.name === 'index.html') {
        const rel = path.relative(OUT_DIR, path.dirname(abs)).split(path.sep).join('/');
        routes.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(OUT_DIR);
  return routes.filter((r) => r !== '/404/').sort();
}
