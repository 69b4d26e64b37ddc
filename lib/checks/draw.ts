import { seededShuffle } from '@/lib/quiz/seeded-shuffle';

/** What a question in the bank is about, for topic filtering. */
export interface BankTopics {
  id: string;
  tags: string[];
  moduleSlug: string;
  lessonSlug: string;
}

/** A topic is a tag (`irql`) or a whole module (`module:io-model`). */
export function matchesTopic(q: BankTopics, topic: string): boolean {
  if (topic.startsWith('module:')) return q.moduleSlug === topic.slice('module:'.length);
  if (topic.startsWith('lesson:')) return q.lessonSlug === topic.slice('lesson:'.length);
  return q.tags.includes(topic);
}

/**
 * Draws `count` questions on any of `topics` (all topics when empty), in an order fixed by `seed`:
 * the same bank, topics, count and seed always give the same questions, so a lead can send one check
 * to several people.
 */
export function drawQuestions<T extends BankTopics>(bank: readonly T[], topics: readonly string[], count: number, seed: string): T[] {
  const pool = topics.length === 0 ? [...bank] : bank.filter((q) => topics.some((t) => matchesTopic(q, t)));
  const ordered = [...pool].sort((a, b) => a.id.localeCompare(b.id));
  return seededShuffle(ordered, `draw:${seed}:${[...topics].sort().join(',')}`).slice(0, Math.max(0, count));
}

/** A short random seed for a new check. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0');
}
