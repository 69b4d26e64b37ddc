// Every route of the built site: loads cleanly, stays on its origin, and passes axe.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openWatched, seriousAxeViolations, startSite } from './support.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.stop();
});

describe('every route', () => {
  it('includes the home page and at least one lesson', () => {
    assert.ok(site.routes.includes('/'));
    assert.ok(site.routes.some((r) => r.startsWith('/lessons/')));
  });

  for (const colorScheme of ['light', 'dark']) {
    it(`loads with no console error, no failed or foreign request, and no serious axe violation (${colorScheme})`, async () => {
      for (const route of site.routes) {
        const { page, problems } = await openWatched(site, { colorScheme });
        const response = await page.goto(site.at(route), { waitUntil: 'networkidle' });
        assert.equal(response?.status(), 200, `${route} status`);
        assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] }, `${route} problems`);
        assert.deepEqual(await seriousAxeViolations(page), [], `${route} axe violations (${colorScheme})`);
        await page.close();
      }
    });
  }

  it('serves the not-found page for an unknown lesson, with a way back', async () => {
    const { page, problems } = await openWatched(site);
    const response = await page.goto(site.at('/lessons/no-such-lesson/'), { waitUntil: 'networkidle' });
    assert.equal(response?.status(), 404);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
    await page.getByRole('link', { name: 'Go to the course contents' }).click();
    await page.waitForURL(site.home);
    // Chromium logs the 404 status of the document itself; nothing else may fail.
    assert.deepEqual(problems.consoleErrors, ['Failed to load resource: the server responded with a status of 404 (Not Found)']);
    assert.deepEqual(problems.failedRequests, [`${site.at('/lessons/no-such-lesson/')} (HTTP 404)`]);
    assert.deepEqual(problems.foreignRequests, []);
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.close();
  });

  it('keeps every link and asset under the base path', async () => {
    for (const route of site.routes) {
      const { page } = await openWatched(site);
      await page.goto(site.at(route));
      const urls = await page.evaluate(() =>
        // rel=preconnect names an origin to connect to early, not a path to fetch.
        [...document.querySelectorAll('a[href], link[href]:not([rel="preconnect"]), script[src], img[src]')]
          .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
          .filter((u) => u.startsWith('/')),
      );
      for (const url of urls) assert.ok(url.startsWith(`${site.basePath}/`), `${route}: ${url} is outside ${site.basePath}/`);
      await page.close();
    }
  });
});
