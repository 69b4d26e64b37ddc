import type { RenderedQuestion } from '@/lib/quiz/rendered-quiz';

/** One question of the whole course's bank, as /question-bank.json serves it. */
export interface BankQuestion extends RenderedQuestion {
  id: string;
  lessonSlug: string;
  lessonTitle: string;
  moduleSlug: string;
  moduleTitle: string;
  /** The question's tags and its lesson's. */
  tags: string[];
}

/** A topic the check builder offers: a module or a tag, with how many questions it has. */
export interface TopicOption {
  value: string;
  label: string;
  count: number;
}
