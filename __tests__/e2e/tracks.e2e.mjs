// Tracks in Chromium: open a shared track, pass it, download the report, and read it in the lead's view.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCourse } from '../../lib/content/load-course.ts';
import { encodeTrack } from '../../lib/tracks/share-codec.ts';
import { answerQuestion } from './quiz-answers.mjs';
import { clearStorage, openWatched, seriousAxeViolations, startSite } from './support.mjs';

const course = loadCourse(path.resolve(import.meta.dirname, '../..'));
const lesson = course.lessons.find((l) => l.slug === 'choosing-a-driver-model');
const track = { id: 'e2e-track', title: 'E2E track', audience: 'Test learners', lessons: [{ lesson: lesson.slug, passMark: 90 }], checks: [], schedule: [] };
const encoded = encodeTrack(track);

let site;
before(async () => {
  site = await startSite();
  await clearStorage(site);
});
after(async () => {
  await site?.stop();
});

describe('tracks', () => {
  it('opens a shared track, passes it, downloads the report, and the lead sees one row and one clear error', async () => {
    const { page, problems } = await openWatched(site);
    await page.goto(site.at(`/tracks/custom/?t=${encoded}`), { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'E2E track' }).waitFor();
    await page.getByText('0 of 1 requirements met.').waitFor();
    assert.deepEqual(await seriousAxeViolations(page), []);

    await page.getByRole('link', { name: lesson.title }).first().click();
    await page.getByRole('button', { name: 'Start the check' }).click();
    for (const [i, question] of lesson.quiz.questions.entries()) {
      await answerQuestion(page, question, true);
      await page.getByRole('button', { name: i + 1 < lesson.quiz.questions.length ? 'Next question' : 'See your score' }).click();
    }
    await page.getByText(/^Passed/).waitFor();

    await page.goto(site.at(`/tracks/custom/?t=${encoded}`), { waitUntil: 'networkidle' });
    await page.getByText('1 of 1 requirements met.').waitFor();
    await page.getByLabel('Your name, as it should appear').fill('Ada Lovelace');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the report (JSON)' }).click()]);
    const reportPath = await download.path();
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8'));
    assert.equal(report.learner, 'Ada Lovelace');
    assert.equal(report.complete, true);
    assert.equal(report.requirements[0].best, 100);

    const broken = path.join(path.dirname(reportPath), 'broken.json');
    fs.writeFileSync(broken, '{ not json');
    await page.goto(site.at(`/tracks/custom/reports/?t=${encoded}`), { waitUntil: 'networkidle' });
    await page.getByLabel(/Choose report files/).setInputFiles([reportPath, broken]);
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name: /Ada Lovelace/ }).waitFor();
    assert.equal(await table.getByRole('row').count(), 2, 'a header row and one learner');
    await page.getByRole('alert').getByText('broken.json: the file is not JSON. It was skipped.').waitFor();
    assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
    await page.close();
  });

  it('says clearly when a track link has been tampered with', async () => {
    const { page } = await openWatched(site);
    const tampered = `${encoded.slice(0, 30)}${encoded[30] === 'A' ? 'B' : 'A'}${encoded.slice(31)}`;
    await page.goto(site.at(`/tracks/custom/?t=${tampered}`), { waitUntil: 'networkidle' });
    await page.getByRole('alert').getByText('This track link cannot be opened.').waitFor();
    await page.close();
  });
});
