import 'server-only';
import type { BankQuestion, TopicOption } from '@/lib/checks/bank-types';
import { getCourse } from './index';
import { renderQuiz } from './render-quiz';

/** Every question of the course, rendered, with the lesson and module it belongs to. */
export async function buildQuestionBank(): Promise<BankQuestion[]> {
  const course = getCourse();
  const bank: BankQuestion[] = [];
  for (const mod of course.modules) {
    for (const lesson of mod.lessons) {
      const quiz = await renderQuiz(lesson);
      for (const q of quiz?.questions ?? []) {
        bank.push({
          ...q,
          id: q.question.id,
          lessonSlug: lesson.slug,
          lessonTitle: lesson.title,
          moduleSlug: mod.slug,
          moduleTitle: mod.title,
          tags: [...new Set([...q.question.tags, ...lesson.tags])],
        });
      }
    }
  }
  return bank;
}

/** Modules first, then every tag used by at least three questions. */
export function topicOptions(): TopicOption[] {
  const course = getCourse();
  const questions = course.lessons.flatMap((l) => (l.quiz?.questions ?? []).map((q) => ({ q, l })));
  const modules = course.modules.map((m) => ({ value: `module:${m.slug}`, label: `Module ${m.order}: ${m.title}`, count: questions.filter(({ l }) => l.moduleSlug === m.slug).length }));
  const tagCounts = new Map<string, number>();
  for (const { q, l } of questions) for (const t of new Set([...q.tags, ...l.tags])) tagCounts.set(t, (tagCounts.get(t) ?? 0) + 1);
  const tags = [...tagCounts].filter(([, n]) => n >= 3).sort(([a], [b]) => a.localeCompare(b)).map(([t, count]) => ({ value: t, label: t, count }));
  return [...modules, ...tags];
}
