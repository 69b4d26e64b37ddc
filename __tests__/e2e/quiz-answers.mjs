// Answers a knowledge-check question in the browser, right or wrong, from its quiz.yaml data.

/** Puts the order list into `target` order using only the Move up buttons. */
async function arrange(page, question, target) {
  for (let i = 0; i < target.length; i++) {
    for (;;) {
      const current = await page.locator('.order-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-step-id')));
      const at = current.indexOf(target[i]);
      if (at <= i) break;
      await page.locator(`.order-item[data-step-id="${target[i]}"] button`).first().click();
    }
  }
}

/** Gives the right answer when `right` is true, otherwise a wrong one; then presses Check. */
export async function answerQuestion(page, question, right) {
  const form = page.locator('form.question');
  switch (question.type) {
    case 'single':
    case 'multiple': {
      const picks = question.choices.filter((c) => c.correct === right);
      for (const c of right ? picks : picks.slice(0, 1)) await form.locator(`.choices input[value="${c.id}"]`).check();
      break;
    }
    case 'true-false':
      await form.locator(`.choices input[value="${String(right ? question.answer : !question.answer)}"]`).check();
      break;
    case 'order': {
      const ids = question.steps.map((s) => s.id);
      await arrange(page, question, right ? ids : [...ids].reverse());
      break;
    }
    case 'match':
      for (const [i, pair] of question.pairs.entries()) {
        const other = question.pairs[(i + 1) % question.pairs.length];
        await page.locator(`[id="${question.id}-match-${pair.id}"]`).selectOption(right ? pair.id : other.id);
      }
      break;
    case 'code-line': {
      const lines = right ? question.lines : [[1, 2, 3, 4, 5].find((l) => !question.lines.includes(l))];
      for (const line of lines) await form.locator('.code-lines [role="option"]').nth(line - 1).click();
      break;
    }
    case 'short':
      await form.getByRole('textbox', { name: 'Your answer' }).fill(right ? question.accepted[0] : 'NotTheAnswer');
      break;
  }
  await form.getByRole('button', { name: 'Check', exact: true }).click();
}
