// Progress that is never lost, in Chromium: persistence, corrupt data, export/import, two tabs.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import { loadCourse } from '../../lib/content/load-course.ts';
import { answerQuestion } from './quiz-answers.mjs';
import { openWatched, seriousAxeViolations, startSite } from './support.mjs';

const STORAGE_KEY = 'ring-zero:state';
const course = loadCourse(path.resolve(import.meta.dirname, '../..'));
const quizLesson = course.lessons.find((l) => l.quiz);

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.stop();
});
/**
 * Changes localStorage from a page of the same origin that is not the app (the icon), so no
 * open copy of the app, with its state in memory, races the change.
 */
async function editStorage(fn, arg) {
  const page = await site.context.newPage();
  await page.goto(site.at('/icon.svg'));
  await page.evaluate(fn, arg);
  await page.close();
}

beforeEach(async () => {
  await editStorage(() => localStorage.clear());
});

async function passCheck(page, lesson) {
  await page.goto(site.at(`/lessons/${lesson.slug}/`), { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Start the check' }).click();
  for (const [i, question] of lesson.quiz.questions.entries()) {
    await answerQuestion(page, question, true);
    await page.getByRole('button', { name: i + 1 < lesson.quiz.questions.length ? 'Next question' : 'See your score' }).click();
  }
  await page.getByText(/^Passed/).waitFor();
}

/** The course-map badge text of a lesson on the home page. */
async function badgeOf(page, lesson) {
  const item = page.locator('.lesson-list li').filter({ has: page.getByRole('link', { name: lesson.title, exact: true }) });
  return (await item.locator('.lesson-badge').textContent())?.trim();
}

describe('progress', () => {
  it('keeps a passed check across a reload and shows it on the course map', async () => {
    const { page, problems } = await openWatched(site);
    await passCheck(page, quizLesson);
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(/Complete: knowledge check passed \(best 100%\)/).waitFor();
    await page.goto(site.home, { waitUntil: 'networkidle' });
    assert.match(await badgeOf(page, quizLesson), /Complete · best 100%/);
    await page.getByRole('link', { name: new RegExp(`Continue where you left off: ${quizLesson.title}`) }).waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('backs up corrupt saved data, tells the reader, and keeps working', async () => {
    await editStorage((key) => localStorage.setItem(key, '{"state": {"progress": [broken'), STORAGE_KEY);
    const { page, problems } = await openWatched(site);
    await page.goto(site.home, { waitUntil: 'networkidle' });
    const notice = page.getByRole('alert').filter({ hasText: 'Your saved progress could not be read' });
    await notice.waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('ring-zero:backup:')));
    assert.equal(backups.length, 1);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), backups[0]), '{"state": {"progress": [broken');
    const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the copy' }).click()]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), '{"state": {"progress": [broken');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    assert.equal(await notice.count(), 0);
    await page.getByRole('link', { name: course.lessons[0].title, exact: true }).first().click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    assert.deepEqual(problems.consoleErrors, []);
    await page.close();
  });

  it('exports, resets and imports progress back', async () => {
    const { page } = await openWatched(site);
    await passCheck(page, quizLesson);
    await page.goto(site.at('/progress/'), { waitUntil: 'networkidle' });
    await page.getByText(/1 of \d+ lessons complete/).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export progress' }).click()]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.equal(exported.format, 'ring-zero-progress');
    assert.equal(exported.formatVersion, 4);
    assert.equal(exported.state.attempts.length, 1);

    await page.getByRole('button', { name: 'Reset progress…' }).click();
    await page.getByRole('dialog', { name: 'Reset all progress?' }).getByRole('button', { name: 'Reset' }).click();
    await page.getByText(/0 of \d+ lessons complete/).waitFor();

    const bad = path.join(path.dirname(await download.path()), 'bad.json');
    fs.writeFileSync(bad, '{"format":"something-else"}');
    await page.getByLabel('Choose a progress file').setInputFiles(bad);
    await page.getByRole('alert').filter({ hasText: 'not a Ring Zero progress export' }).waitFor();
    await page.getByText(/0 of \d+ lessons complete/).waitFor();

    await page.getByLabel('Choose a progress file').setInputFiles(await download.path());
    await page.getByRole('heading', { name: 'What would change' }).waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.getByRole('button', { name: 'Merge' }).click();
    await page.getByText(/1 of \d+ lessons complete/).waitFor();
    await page.close();
  });

  it('keeps two pages of the same browser in sync', async () => {
    const a = await openWatched(site);
    const b = await openWatched(site);
    await b.page.goto(site.home, { waitUntil: 'networkidle' });
    assert.match(await badgeOf(b.page, quizLesson), /Not started/);
    // Only the front tab gets animation frames, which Playwright's actions wait on.
    await a.page.bringToFront();
    await passCheck(a.page, quizLesson);
    await b.page.waitForFunction((title) => [...document.querySelectorAll('.lesson-list li')].some((li) => li.textContent.includes(title) && li.textContent.includes('Complete')), quizLesson.title, { polling: 100 });
    // B marks the lesson not done; A sees it without a reload.
    await b.page.bringToFront();
    await b.page.goto(site.at(`/lessons/${quizLesson.slug}/`), { waitUntil: 'networkidle' });
    await b.page.getByRole('button', { name: 'Mark as not done' }).click();
    await a.page.waitForFunction(() => /Not complete yet/.test(document.querySelector('.lesson-completion')?.textContent ?? ''), null, { polling: 100 });
    await a.page.close();
    await b.page.close();
  });
});
