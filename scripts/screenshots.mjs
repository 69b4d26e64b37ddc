// `npm run screenshots`: PNGs of every route at desktop and phone widths, light and dark,
// in .e2e/screens/, to look at before calling UI work done. Needs a build in out/.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { assertBuilt, builtBasePath, builtRoutes } from './lib/built-site.mjs';
import { startStaticServer } from './lib/static-server.mjs';

assertBuilt();
const only = process.argv.slice(2);
const dir = path.resolve('.e2e/screens');
fs.mkdirSync(dir, { recursive: true });
const basePath = builtBasePath();
const { server, origin } = await startStaticServer({ basePath });
const browser = await launchBrowser();
const sizes = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

try {
  for (const route of builtRoutes().filter((r) => only.length === 0 || only.some((o) => r.includes(o)))) {
    for (const [sizeName, viewport] of Object.entries(sizes)) {
      for (const colorScheme of ['light', 'dark']) {
        const page = await browser.context.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        await page.goto(`${origin}${basePath}${route}`, { waitUntil: 'networkidle' });
        const name = `${route.replace(/\//g, '_').replace(/^_|_$/g, '') || 'home'}-${sizeName}-${colorScheme}`;
        await page.screenshot({ path: path.join(dir, `${name}.png`) });
        const snippet = page.locator('.snippet').first();
        if (await snippet.count()) {
          await snippet.scrollIntoViewIfNeeded();
          await page.screenshot({ path: path.join(dir, `${name}-snippet.png`) });
        }
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`Screenshots in ${path.relative(process.cwd(), dir)}/`);
