// Reading the course: home, a lesson, the next lesson, by keyboard and on a phone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openWatched, startSite } from './support.mjs';

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.stop();
});

/** Presses Tab until the focused element matches, and returns how many presses it took. */
async function tabTo(page, matches, limit = 250) {
  for (let presses = 1; presses <= limit; presses += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      return el ? { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), rel: el.getAttribute('rel'), tag: el.tagName } : null;
    });
    if (focused && matches(focused)) return presses;
  }
  throw new Error('never reached the element by keyboard');
}

describe('reading the course', () => {
  it('goes home → first lesson → next lesson with the keyboard alone', async () => {
    const { page, problems } = await openWatched(site);
    await page.goto(site.home);
    const lessonLinks = page.locator('.module-list a');
    const firstTitle = (await lessonLinks.first().textContent())?.trim();
    const secondTitle = (await lessonLinks.nth(1).textContent())?.trim();
    assert.ok(firstTitle && secondTitle, 'home lists at least two lessons');

    await tabTo(page, (f) => f.tag === 'A' && f.text === firstTitle);
    await Promise.all([page.waitForURL(/\/lessons\/[^/]+\/$/), page.keyboard.press('Enter')]);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), firstTitle);

    await tabTo(page, (f) => f.rel === 'next');
    const firstUrl = page.url();
    await Promise.all([page.waitForURL((url) => url.href !== firstUrl), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: secondTitle }).waitFor();
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });

  it('shows a lesson with breadcrumbs, objectives, a table of contents that resolves, and a highlighted snippet', async () => {
    const lessonRoute = site.routes.find((r) => r.startsWith('/lessons/'));
    const { page } = await openWatched(site);
    await page.goto(site.at(lessonRoute));
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    assert.equal(await crumbs.count(), 3);
    assert.ok((await page.getByRole('region', { name: 'You will be able to' }).getByRole('listitem').count()) > 0);

    const tocTargets = await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    assert.ok(tocTargets.length > 0);
    for (const href of tocTargets) {
      assert.equal(await page.locator(`[id="${href.slice(1)}"]`).count(), 1, `${href} has a target`);
    }

    const firstLine = page.locator('.snippet .line').first();
    assert.ok((await page.locator('.snippet .line').count()) > 5);
    const coloured = await firstLine.locator('span').first().evaluate((el) => getComputedStyle(el).color);
    const plain = await page.locator('.snippet-file').first().evaluate((el) => getComputedStyle(el).color);
    assert.notEqual(coloured, plain, 'code tokens carry their own colour');
    const lineNumber = await firstLine.evaluate((el) => getComputedStyle(el, '::before').content);
    assert.equal(lineNumber, 'counter(line)', 'each line shows its number');
    await page.close();
  });

  it('fits a phone screen without sideways scrolling', async () => {
    for (const route of site.routes) {
      const { page } = await openWatched(site, { viewport: { width: 375, height: 740 } });
      await page.goto(site.at(route));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${route} overflows by ${overflow}px`);
      await page.close();
    }
  });

  it('loads no client JavaScript for snippets: the lesson works with scripts disabled', async () => {
    const lessonRoute = site.routes.find((r) => r.startsWith('/lessons/'));
    const page = await site.context.browser()?.newPage({ javaScriptEnabled: false }) ?? null;
    if (page) {
      await page.goto(site.at(lessonRoute));
      assert.ok((await page.locator('.snippet .line').count()) > 0);
      await page.close();
    }
  });
});
