// Search, glossary tooltips, themes and offline use, in Chromium.
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

describe('finding and reading', () => {
  it('opens search with the / shortcut, finds an API and lands on its heading', async () => {
    const { page, problems } = await openWatched(site);
    await page.goto(site.at('/lessons/spin-locks/'), { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the course' });
    await box.waitFor();
    assert.equal(await box.evaluate((el) => el === document.activeElement), true);
    await box.fill('IoSetCompletionRoutine');
    const first = page.locator('.search-results a').first();
    await first.waitFor();
    assert.ok((await page.locator('.search-results mark').count()) > 0, 'matches are marked');
    const href = await first.getAttribute('href');
    assert.match(href, /\/lessons\/[a-z0-9-]+\/#[a-z0-9_-]+$/);
    await first.click();
    await page.waitForURL(/#/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.locator(`[id="${id}"]`).waitFor();
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });

  it('opens search with Ctrl+K too', async () => {
    const { page } = await openWatched(site);
    await page.goto(site.home, { waitUntil: 'networkidle' });
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox', { name: 'Search the course' }).waitFor();
    await page.close();
  });

  it('shows a glossary definition on keyboard focus and hides it on Escape', async () => {
    const { page } = await openWatched(site);
    await page.goto(site.at('/lessons/spin-locks/'), { waitUntil: 'networkidle' });
    const term = page.locator('.prose .term').first();
    await term.focus();
    const tip = term.locator('[role="tooltip"]');
    assert.equal(await tip.isVisible(), true);
    assert.ok((await term.getAttribute('aria-describedby')) === (await tip.getAttribute('id')));
    await page.keyboard.press('Escape');
    assert.equal(await tip.isVisible(), false);
    await page.close();
  });

  it('passes axe on lessons and tools in the light, dark and high-contrast themes, chosen by the reader', async () => {
    for (const theme of ['light', 'dark', 'high-contrast']) {
      const { page } = await openWatched(site);
      await page.goto(site.home, { waitUntil: 'networkidle' });
      await page.getByLabel('Theme').selectOption(theme);
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
      for (const route of ['/', '/lessons/life-of-an-irp/', '/glossary/', '/checks/', '/tracks/']) {
        await page.goto(site.at(route), { waitUntil: 'networkidle' });
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme, `${route} keeps the theme from first paint`);
        assert.deepEqual(await seriousAxeViolations(page), [], `${route} (${theme})`);
      }
      await page.getByLabel('Theme').selectOption('system');
      await page.close();
    }
  });

  it('keeps working offline after one visit', async () => {
    const { page } = await openWatched(site);
    await page.goto(site.at('/lessons/spin-locks/'), { waitUntil: 'networkidle' });
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      // Wait until the worker has cached the course and controls the page.
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
      return registration.active?.state;
    });
    await site.context.setOffline(true);
    try {
      await page.reload({ waitUntil: 'load' });
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.goto(site.at('/lessons/life-of-an-irp/'), { waitUntil: 'load' });
      await page.getByRole('heading', { level: 1, name: /IRP/ }).waitFor();
      assert.ok((await page.locator('.snippet .line').count()) > 0);
    } finally {
      await site.context.setOffline(false);
    }
    await page.close();
  });
});
