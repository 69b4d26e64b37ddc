import 'server-only';
import type { RenderedQuestion, RenderedQuiz } from '@/lib/quiz/rendered-quiz';
import type { Question } from '@/lib/quiz/question-schema';
import type { Lesson } from './course-types';
import { highlightCLines } from './highlight';
import { getSnippet } from './index';
import { inlineMarkdownToHtml, markdownToHtml } from './markdown';

function questionHtml(q: Question): Record<string, string> {
  const html: Record<string, string> = { prompt: markdownToHtml(q.prompt), explanation: markdownToHtml(q.explanation) };
  switch (q.type) {
    case 'single':
    case 'multiple':
      for (const c of q.choices) {
        html[`choice:${c.id}`] = inlineMarkdownToHtml(c.text);
        if (c.feedback) html[`feedback:${c.id}`] = inlineMarkdownToHtml(c.feedback);
      }
      break;
    case 'true-false':
      if (q.feedback?.true) html['tf:true'] = inlineMarkdownToHtml(q.feedback.true);
      if (q.feedback?.false) html['tf:false'] = inlineMarkdownToHtml(q.feedback.false);
      break;
    case 'order':
      for (const s of q.steps) html[`step:${s.id}`] = inlineMarkdownToHtml(s.text);
      break;
    case 'match':
      for (const p of q.pairs) {
        html[`left:${p.id}`] = inlineMarkdownToHtml(p.left);
        html[`right:${p.id}`] = inlineMarkdownToHtml(p.right);
      }
      break;
    case 'code-line':
      for (const f of q.lineFeedback) html[`line-note:${f.line}`] = inlineMarkdownToHtml(f.text);
      break;
    case 'short':
      break;
  }
  return html;
}

/** A lesson's knowledge check, ready for the client; null when the lesson has none. */
export async function renderQuiz(lesson: Lesson): Promise<RenderedQuiz | null> {
  if (!lesson.quiz) return null;
  const questions: RenderedQuestion[] = [];
  for (const question of lesson.quiz.questions) {
    const rendered: RenderedQuestion = { question, html: questionHtml(question) };
    if (question.type === 'code-line') {
      const snippet = getSnippet(question.snippet);
      if (!snippet) throw new Error(`question ${question.id} names no snippet`);
      rendered.codeLines = await highlightCLines(snippet.code);
      rendered.codeFile = snippet.file.split('/').pop();
    }
    questions.push(rendered);
  }
  return { lessonSlug: lesson.slug, passMark: lesson.quiz.passMark, questions };
}
