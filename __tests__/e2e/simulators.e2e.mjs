// The two simulators in Chromium: each runs a scenario to its end, by keyboard, with its text log.
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

describe('simulators', () => {
  it('steps the IRP flow through a read to its end with the keyboard, and the log has every step', async () => {
    const { page, problems } = await openWatched(site);
    await page.goto(site.at('/lessons/life-of-an-irp/'), { waitUntil: 'networkidle' });
    const sim = page.getByRole('region', { name: 'IRP flow simulator' }).first();
    await sim.getByRole('button', { name: 'Next ▶' }).focus();
    const total = Number(/of (\d+)/.exec(await sim.locator('.sim-count').textContent())?.[1]);
    for (let i = 1; i < total; i++) await page.keyboard.press('ArrowRight');
    await sim.getByText('The IRP completed cleanly.').waitFor();
    await sim.getByText('Text log of every step so far').click();
    assert.equal(await sim.locator('.sim-log li').count(), total);
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('runs the lock lab’s opposite-order version into a deadlock drawn as a cycle', async () => {
    const { page, problems } = await openWatched(site, { colorScheme: 'dark' });
    await page.goto(site.at('/lessons/spin-locks/'), { waitUntil: 'networkidle' });
    const lab = page.getByRole('region', { name: 'IRQL and lock lab' }).filter({ hasText: 'Find the order that deadlocks' });
    await lab.getByRole('button', { name: 'End' }).click();
    await lab.getByText('Deadlock: nothing on these processors can make progress.').waitFor();
    await lab.getByText(/CPU 0 holds A → waits for B → CPU 1 holds B → waits for A/).waitFor();
    await lab.getByRole('radio', { name: /the same order/ }).check();
    await lab.getByRole('button', { name: 'End' }).click();
    await lab.getByText('Finished with no errors.').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });
});
