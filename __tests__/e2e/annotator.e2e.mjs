// The annotator with the real Monaco in Chromium: open, select lines, add, reload, edit, delete, undo.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { clearStorage, openWatched, seriousAxeViolations, startSite } from './support.mjs';

const LESSON = '/lessons/life-of-an-irp/';
let site;
before(async () => {
  site = await startSite();
  await clearStorage(site);
});
after(async () => {
  await site?.stop();
});

/** Drags the mouse over Monaco's line numbers to select whole lines. */
async function selectLines(page, figure, from, to) {
  const lineNumber = (n) => figure.locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^${n}$`) });
  const a = await lineNumber(from).boundingBox();
  const b = await lineNumber(to).boundingBox();
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

describe('the annotator', () => {
  it('loads no Monaco code until the reader asks for it', async () => {
    const { page } = await openWatched(site);
    const scripts = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(site.at(LESSON), { waitUntil: 'networkidle' });
    const before = scripts.length;
    assert.equal(await page.locator('.monaco-editor').count(), 0);
    const figure = page.locator('figure.snippet').first();
    await figure.getByRole('button', { name: 'Annotate' }).click();
    await figure.locator('.monaco-editor .view-lines').waitFor();
    assert.ok(scripts.length > before, 'opening the annotator fetched Monaco’s chunks');
    await page.close();
  });

  it('starts Monaco’s worker from this site: links in comments are detected, with no console error (dark scheme)', async () => {
    const { page, problems } = await openWatched(site, { colorScheme: 'dark' });
    const workers = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.goto(site.at(LESSON), { waitUntil: 'networkidle' });
    const figure = page.locator('figure.snippet[data-snippet-id="complete-sensor-read"]');
    await figure.getByRole('button', { name: 'Annotate' }).click();
    // Link detection runs in the editor worker; a link in line 2's comment shows it works.
    await figure.locator('.monaco-editor .detected-link').first().waitFor();
    assert.ok(workers.length > 0, 'a web worker was started');
    for (const url of workers) assert.ok(url.startsWith(site.origin), `${url} is on the page's origin`);
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe with Monaco open, dark');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('adds a note on selected lines with a gutter mark, keeps it across a reload, edits, deletes and undoes', async () => {
    const { page, problems } = await openWatched(site);
    await page.goto(site.at(LESSON), { waitUntil: 'networkidle' });
    const figure = page.locator('figure.snippet').first();
    await figure.getByRole('button', { name: 'Annotate' }).click();
    await figure.locator('.monaco-editor .view-lines').waitFor();
    await selectLines(page, figure, 3, 5);
    await figure.getByRole('button', { name: 'Add a note on lines 3–5' }).click();
    await figure.getByLabel('Note', { exact: true }).fill('The extension holds the lower device.');
    await figure.getByRole('button', { name: 'Add the note' }).click();
    await figure.locator('.rz-note-glyph').first().waitFor();
    assert.equal(await figure.locator('.rz-note-glyph').count(), 3, 'a gutter mark on each of lines 3 to 5');
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe with Monaco open');

    await page.reload({ waitUntil: 'networkidle' });
    const reloaded = page.locator('figure.snippet').first();
    await reloaded.getByText(/^Notes on/).click();
    await reloaded.getByText('The extension holds the lower device.').waitFor();
    await reloaded.getByRole('button', { name: 'Edit the note on lines 3–5' }).click();
    await reloaded.getByLabel('Note', { exact: true }).fill('Edited: the lower device pointer.');
    await reloaded.getByRole('button', { name: 'Save the note' }).click();
    await reloaded.getByText('Edited: the lower device pointer.').waitFor();
    await reloaded.getByRole('button', { name: 'Delete the note on lines 3–5' }).click();
    assert.equal(await reloaded.getByText('Edited: the lower device pointer.').count(), 0);
    await reloaded.getByRole('button', { name: 'Undo' }).click();
    await reloaded.getByText('Edited: the lower device pointer.').waitFor();

    await page.goto(site.at('/notes/'), { waitUntil: 'networkidle' });
    await page.getByText('Edited: the lower device pointer.').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), [], 'axe on /notes');
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });
});
