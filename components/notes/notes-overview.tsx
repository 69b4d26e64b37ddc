'use client';

import Link from 'next/link';
import { type ReactNode, useMemo } from 'react';
import { codeLines, isStale, notesFor, rangeLabel } from '@/lib/annotations/annotation-model';
import { type SnippetGroup, notesToMarkdown } from '@/lib/annotations/markdown-export';
import { useCourseStore } from '@/lib/store/course-store';
import { LightMarkdown } from '@/components/annotator/light-markdown';
import { downloadText } from '@/components/progress/download';

export interface NotesSnippet extends SnippetGroup {
  lessonSlug: string;
}

/** Every note across the course, grouped by lesson and snippet, with links back and a Markdown export. */
export function NotesOverview({ snippets }: { snippets: NotesSnippet[] }) {
  const hydrated = useCourseStore((s) => s.hydrated);
  const annotations = useCourseStore((s) => s.annotations);
  const known = useMemo(() => new Set(snippets.map((s) => s.snippet.id)), [snippets]);
  const live = annotations.filter((n) => !n.deletedAt);
  const orphans = live.filter((n) => !known.has(n.snippetId));

  if (!hydrated) return <p aria-busy="true">Loading your notes…</p>;

  const exportMarkdown = () => {
    const orphanGroups: SnippetGroup[] = [...new Set(orphans.map((n) => n.snippetId))].map((id) => ({
      lessonTitle: 'Snippets no longer in the course',
      snippet: { id, file: `${id}.c`, code: '', hash: '' },
    }));
    const now = new Date();
    downloadText(`ring-zero-notes-${now.toISOString().slice(0, 10)}.md`, notesToMarkdown(annotations, [...snippets, ...orphanGroups], now), 'text/markdown');
  };

  if (live.length === 0) {
    return (
      <p>
        You have no notes yet. Open any lesson, choose <strong>Annotate</strong> on a code sample (or <strong>Add a note by line number</strong>),
        and your notes will be collected here.
      </p>
    );
  }

  let lastLesson = '';
  return (
    <>
      <p>
        {live.length} note{live.length === 1 ? '' : 's'}.{' '}
        <button type="button" className="button-secondary" onClick={exportMarkdown}>
          Export as Markdown
        </button>
      </p>
      {snippets.map(({ lessonTitle, lessonSlug, snippet }) => {
        const notes = notesFor(annotations, snippet.id);
        if (notes.length === 0) return null;
        const heading = lessonTitle !== lastLesson ? <h3 className="notes-lesson">{lessonTitle}</h3> : null;
        lastLesson = lessonTitle;
        const lines = codeLines(snippet.code);
        return (
          <section key={snippet.id} className="notes-group">
            {heading}
            <h4>
              <Link href={`/lessons/${lessonSlug}#snippet-${snippet.id}`}>{snippet.file}</Link>
            </h4>
            <ol className="note-list">
              {notes.map((note) => {
                const stale = isStale(note, snippet.hash);
                return (
                  <NoteCard key={note.id} text={note.text} quote={stale ? note.lineText : lines.slice(note.startLine - 1, note.endLine)}>
                    <span className="note-lines-button">{rangeLabel(note)}</span>
                    {stale ? <span className="note-stale">May have moved</span> : null}
                  </NoteCard>
                );
              })}
            </ol>
          </section>
        );
      })}
      {orphans.length > 0 ? (
        <section className="notes-group">
          <h3>Snippets no longer in the course</h3>
          <p>These notes were written on code that has since been removed. They are kept, with the lines they were about.</p>
          <ol className="note-list">
            {orphans.map((note) => (
              <NoteCard key={note.id} text={note.text} quote={note.lineText}>
                <span className="note-lines-button">
                  {note.snippetId}.c, {rangeLabel(note).toLowerCase()}
                </span>
              </NoteCard>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}

/** One note as read on /notes: its heading, the lines it is about, and its text. */
function NoteCard({ text, quote, children }: { text: string; quote: string[]; children: ReactNode }) {
  return (
    <li className="note note-reader">
      <div className="note-head">{children}</div>
      <pre className="notes-quote">
        <code>{quote.join('\n')}</code>
      </pre>
      <div className="note-text">
        <LightMarkdown text={text} />
      </div>
    </li>
  );
}
