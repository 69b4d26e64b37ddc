// Shared set-up for the end-to-end tests: the built site on 127.0.0.1 and Debian's Chromium.
import { createRequire } from 'node:module';
import { launchBrowser } from '../../scripts/lib/browser.mjs';
import { assertBuilt, builtBasePath, builtRoutes } from '../../scripts/lib/built-site.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');

export async function startSite() {
  assertBuilt();
  const basePath = builtBasePath();
  const { server, origin, url } = await startStaticServer({ basePath });
  const browser = await launchBrowser();
  return {
    basePath,
    origin,
    home: url,
    routes: builtRoutes(),
    context: browser.context,
    /** The full URL of a route below the base path. */
    at: (route) => `${origin}${basePath}${route}`,
    async stop() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/**
 * Opens a page and records what a reader would not see: console errors,
 * failed requests, and any request that leaves the page's own origin.
 */
export async function openWatched(site, options = {}) {
  const page = await site.context.newPage();
  if (options.colorScheme) await page.emulateMedia({ colorScheme: options.colorScheme });
  if (options.viewport) await page.setViewportSize(options.viewport);
  const problems = { consoleErrors: [], failedRequests: [], foreignRequests: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== site.origin) problems.foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    // The router cancels its own prefetches once it has what it needs; that is not a failure.
    if (error === 'net::ERR_ABORTED' && request.resourceType() === 'fetch') return;
    problems.failedRequests.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
  });
  return { page, problems };
}

/** Runs axe-core on the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Clears localStorage from a same-origin page that is not the app, so no open app copy races it. */
export async function clearStorage(site) {
  const page = await site.context.newPage();
  await page.goto(site.at('/icon.svg'));
  await page.evaluate(() => localStorage.clear());
  await page.close();
}
