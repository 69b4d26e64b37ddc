import type { Answer } from './answer-schema';
import type { Question, QuestionOf } from './question-schema';

/** How one choice, line, pair or step came out, with the author's feedback on it if any. */
export interface ItemFeedback {
  /** A choice id, step id, pair id, or a line number as text. */
  target: string;
  /** `missed`: right, but the reader did not pick it. */
  verdict: 'correct' | 'incorrect' | 'missed';
  text?: string;
}

export interface Grade {
  outcome: 'correct' | 'partial' | 'incorrect';
  /** 0 to 1; between them only for multiple, code-line, match and order. */
  score: number;
  /** False when the reader gave nothing to grade. */
  answered: boolean;
  /** Feedback on the whole answer (true-false), shown above the explanation. */
  summary?: string;
  items: ItemFeedback[];
}

const round = (n: number) => Math.round(n * 1000) / 1000;

function grade(score: number, items: ItemFeedback[], answered = true, summary?: string): Grade {
  const s = round(Math.min(1, Math.max(0, score)));
  const outcome = s === 1 ? 'correct' : s > 0 ? 'partial' : 'incorrect';
  return summary === undefined ? { outcome, score: s, answered, items } : { outcome, score: s, answered, summary, items };
}

const unanswered = (): Grade => grade(0, [], false);

/** Picks-from-a-set scoring: hits minus wrong picks, over the number of right items, never below 0. */
function setScore(picked: Set<string>, right: Set<string>): number {
  let hits = 0;
  let wrong = 0;
  for (const p of picked) (right.has(p) ? hits++ : wrong++);
  return (hits - wrong) / right.size;
}

function gradeChoices(q: QuestionOf<'single'> | QuestionOf<'multiple'>, picked: string[]): Grade {
  const chosen = new Set(picked);
  if (chosen.size === 0) return unanswered();
  const right = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
  const items: ItemFeedback[] = [];
  for (const c of q.choices) {
    if (!chosen.has(c.id) && !c.correct) continue;
    const verdict = chosen.has(c.id) ? (c.correct ? 'correct' : 'incorrect') : 'missed';
    items.push(c.feedback ? { target: c.id, verdict, text: c.feedback } : { target: c.id, verdict });
  }
  const exact = chosen.size === right.size && [...chosen].every((id) => right.has(id));
  if (q.type === 'single') return grade(exact ? 1 : 0, items);
  return grade(exact ? 1 : setScore(chosen, right), items);
}

/** Length of the longest run of steps already in the right relative order. */
function longestOrderedRun(positions: number[]): number {
  const tails: number[] = [];
  for (const p of positions) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] ?? 0) < p) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = p;
  }
  return tails.length;
}

function gradeOrder(q: QuestionOf<'order'>, stepIds: string[]): Grade {
  if (stepIds.length === 0) return unanswered();
  const rightIndex = new Map(q.steps.map((s, i) => [s.id, i]));
  const known = stepIds.filter((id) => rightIndex.has(id));
  const items: ItemFeedback[] = stepIds.map((id, i) => ({ target: id, verdict: rightIndex.get(id) === i ? 'correct' : 'incorrect' }));
  const exact = stepIds.length === q.steps.length && items.every((item) => item.verdict === 'correct');
  if (exact) return grade(1, items);
  // Partial credit: the longest run of steps in the right relative order. One step alone is
  // trivially "in order", so a fully reversed list scores 0 and a right one scores 1.
  const run = longestOrderedRun(known.map((id) => rightIndex.get(id) ?? 0));
  return grade((run - 1) / (q.steps.length - 1), items);
}

function gradeMatch(q: QuestionOf<'match'>, matches: Record<string, string>): Grade {
  const given = q.pairs.filter((p) => Object.hasOwn(matches, p.id));
  if (given.length === 0) return unanswered();
  const items: ItemFeedback[] = q.pairs.map((p) => ({
    target: p.id,
    verdict: !Object.hasOwn(matches, p.id) ? 'missed' : matches[p.id] === p.id ? 'correct' : 'incorrect',
  }));
  return grade(items.filter((i) => i.verdict === 'correct').length / q.pairs.length, items);
}

function gradeCodeLine(q: QuestionOf<'code-line'>, lines: number[]): Grade {
  if (lines.length === 0) return unanswered();
  const picked = new Set(lines.map(String));
  const right = new Set(q.lines.map(String));
  const notes = new Map(q.lineFeedback.map((f) => [String(f.line), f.text]));
  const targets = [...new Set([...picked, ...right])].sort((a, b) => Number(a) - Number(b));
  const items: ItemFeedback[] = targets.map((line) => {
    const verdict = picked.has(line) ? (right.has(line) ? 'correct' : 'incorrect') : 'missed';
    const text = notes.get(line);
    return text ? { target: line, verdict, text } : { target: line, verdict };
  });
  const exact = picked.size === right.size && [...picked].every((l) => right.has(l));
  return grade(exact ? 1 : setScore(picked, right), items);
}

/** Case and whitespace folding for typed answers. */
export function foldShortAnswer(text: string, caseSensitive: boolean): string {
  const collapsed = text.trim().replace(/\s+/g, ' ');
  return caseSensitive ? collapsed : collapsed.toLowerCase();
}

function gradeShort(q: QuestionOf<'short'>, text: string): Grade {
  if (text.trim() === '') return unanswered();
  const given = foldShortAnswer(text, q.caseSensitive);
  const ok = q.accepted.some((a) => foldShortAnswer(a, q.caseSensitive) === given);
  return grade(ok ? 1 : 0, []);
}

/**
 * Grades one answer: correct, partial or incorrect, a score from 0 to 1, and the feedback to show.
 * An answer of another type than the question, or naming unknown ids, is graded as wrong, never thrown.
 */
export function gradeAnswer(question: Question, answer: Answer | null | undefined): Grade {
  if (!answer) return unanswered();
  if (answer.type !== question.type) return grade(0, []);
  switch (question.type) {
    case 'single':
      return gradeChoices(question, answer.type === 'single' && answer.choiceId ? [answer.choiceId] : []);
    case 'multiple':
      return gradeChoices(question, answer.type === 'multiple' ? answer.choiceIds : []);
    case 'true-false': {
      if (answer.type !== 'true-false') return unanswered();
      const summary = question.feedback?.[answer.value ? 'true' : 'false'];
      return grade(answer.value === question.answer ? 1 : 0, [], true, summary);
    }
    case 'order':
      return gradeOrder(question, answer.type === 'order' ? answer.stepIds : []);
    case 'match':
      return gradeMatch(question, answer.type === 'match' ? answer.matches : {});
    case 'code-line':
      return gradeCodeLine(question, answer.type === 'code-line' ? answer.lines : []);
    case 'short':
      return gradeShort(question, answer.type === 'short' ? answer.text : '');
  }
}
