// A lesson's knowledge check in Chromium: fail it, see the score, review, retry, pass.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadCourse } from '../../lib/content/load-course.ts';
import { answerQuestion } from './quiz-answers.mjs';
import { openWatched, seriousAxeViolations, startSite } from './support.mjs';

const course = loadCourse(path.resolve(import.meta.dirname, '../..'));
const lessonsWithQuiz = course.lessons.filter((l) => l.quiz);

let site;
before(async () => {
  site = await startSite();
});
after(async () => {
  await site?.stop();
});

/** Answers every question of the attempt, right or wrong, moving on after each. */
async function takeCheck(page, lesson, right) {
  const questions = lesson.quiz.questions;
  for (const [i] of questions.entries()) {
    const counter = await page.locator('.question-counter').textContent();
    const index = Number(/Question (\d+) of/.exec(counter)?.[1]) - 1;
    assert.equal(index, i);
    await answerQuestion(page, questions[index], right);
    await page.locator('.feedback-verdict').waitFor();
    assert.ok((await page.locator('.feedback-explanation').textContent()).trim().length > 'Why'.length, 'an explanation is shown');
    await page.getByRole('button', { name: i + 1 < questions.length ? 'Next question' : 'See your score' }).click();
  }
}

describe('knowledge check', () => {
  it('exists on at least one lesson', () => {
    assert.ok(lessonsWithQuiz.length > 0);
  });

  for (const lesson of lessonsWithQuiz) {
    it(`${lesson.slug}: fail, see the score, review, retry, and pass`, async () => {
      const { page, problems } = await openWatched(site);
      await page.goto(site.at(`/lessons/${lesson.slug}/`), { waitUntil: 'networkidle' });
      await page.getByRole('button', { name: 'Start the check' }).click();
      assert.deepEqual(await seriousAxeViolations(page), [], 'axe with the quiz open');

      await takeCheck(page, lesson, false);
      const summary = page.getByRole('heading', { name: /^Your score:/ });
      assert.match(await summary.textContent(), /\(0%\)$/);
      assert.match(await page.locator('.quiz-result').textContent(), /Not passed yet/);
      assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the summary');

      await page.getByRole('button', { name: /^Review wrong answers/ }).click();
      await page.getByRole('heading', { name: /^Reviewing question 1 of/ }).waitFor();
      await page.getByRole('button', { name: 'Back to your score' }).click();

      await page.getByRole('button', { name: 'Retry' }).click();
      await takeCheck(page, lesson, true);
      assert.match(await summary.textContent(), /\(100%\)$/);
      assert.match(await page.locator('.quiz-result').textContent(), /^Passed/);
      assert.equal(await page.getByRole('button', { name: /^Review wrong answers/ }).count(), 0);
      assert.deepEqual(problems, { consoleErrors: [], failedRequests: [], foreignRequests: [] });
      await page.close();
    });
  }
});
