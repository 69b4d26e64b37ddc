import { type SnippetRef, codeLines, isStale, notesFor, rangeLabel } from './annotation-model';
import type { Annotation } from './annotation-schema';

export interface SnippetGroup {
  lessonTitle: string;
  snippet: SnippetRef & { file: string };
}

/** The longest run of backticks in the text, so a code fence around it is always longer. */
function fenceFor(lines: string[]): string {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((m) => m.length))));
  return '`'.repeat(longest + 1);
}

/** Every note as Markdown, grouped by lesson and snippet, each with its code lines quoted. */
export function notesToMarkdown(notes: readonly Annotation[], groups: readonly SnippetGroup[], exportedAt: Date): string {
  const out = ['# My Ring Zero notes', '', `Exported ${exportedAt.toISOString()}.`, ''];
  let lesson = '';
  for (const { lessonTitle, snippet } of groups) {
    const live = notesFor(notes, snippet.id);
    if (live.length === 0) continue;
    if (lessonTitle !== lesson) {
      out.push(`## ${lessonTitle}`, '');
      lesson = lessonTitle;
    }
    out.push(`### ${snippet.file}`, '');
    const current = codeLines(snippet.code);
    for (const note of live) {
      const stale = isStale(note, snippet.hash);
      const quoted = stale ? note.lineText : current.slice(note.startLine - 1, note.endLine);
      const fence = fenceFor(quoted);
      out.push(`**${rangeLabel(note)}**${stale ? ' (the snippet has changed since; these were the lines then)' : ''}`, '');
      out.push(`${fence}c`, ...quoted, fence, '');
      out.push(note.text, '');
    }
  }
  if (out.length === 4) out.push('_No notes yet._', '');
  return out.join('\n');
}
