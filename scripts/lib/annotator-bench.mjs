// Measures the annotator in Chromium: the JavaScript and CSS it fetches on demand, and the time
// from clicking "Annotate" to a focused, ready Monaco (median of several cold loads).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { launchBrowser } from './browser.mjs';

const gzipSize = (file) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export async function benchAnnotator({ origin, basePath, outDir, route, runs = 5 }) {
  const times = [];
  let onDemand = null;
  for (let run = 0; run < runs; run++) {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${origin}${basePath}${route}`, { waitUntil: 'networkidle' });
      const fetched = [];
      page.on('request', (r) => {
        if (['script', 'stylesheet'].includes(r.resourceType()) || r.url().endsWith('.css')) fetched.push(r.url());
      });
      const figure = page.locator('figure.snippet').first();
      const button = figure.getByRole('button', { name: 'Annotate' });
      await button.scrollIntoViewIfNeeded();
      const elapsed = await page.evaluate(async () => {
        const start = performance.now();
        document.querySelector('figure.snippet .annotator-toolbar button')?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        while (!document.querySelector('figure.snippet .monaco-editor.focused .view-lines')) {
          await new Promise((r) => setTimeout(r, 5));
          if (performance.now() - start > 20000) throw new Error('Monaco did not become ready');
        }
        return performance.now() - start;
      });
      times.push(Math.round(elapsed));
      if (!onDemand) {
        await page.waitForLoadState('networkidle');
        const files = [...new Set(fetched)].map((u) => path.join(outDir, new URL(u).pathname.slice(basePath.length)));
        const js = files.filter((f) => f.endsWith('.js'));
        const css = files.filter((f) => f.endsWith('.css'));
        onDemand = {
          scripts: js.length,
          jsGzipBytes: js.reduce((n, f) => n + gzipSize(f), 0),
          cssGzipBytes: css.reduce((n, f) => n + gzipSize(f), 0),
        };
      }
    } finally {
      await browser.close();
    }
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { route, runs: times, medianMs: sorted[Math.floor(sorted.length / 2)], onDemand };
}
