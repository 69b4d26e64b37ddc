'use client';

import dynamic from 'next/dynamic';
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { type LineRange, createAnnotation, isStale, notesFor, rangeLabel } from '@/lib/annotations/annotation-model';
import { useCourseStore } from '@/lib/store/course-store';
import type { EditorNote } from './monaco-view';
import { NoteForm } from './note-form';
import { type ListedNote, NoteList } from './note-list';
import { useStaticLineMarks } from './use-static-line-marks';

const LINE_HEIGHT = 21;
const PADDING = 12;

// Monaco's code is fetched only when a reader opens the annotator.
const MonacoView = dynamic(() => import('./monaco-view'), {
  ssr: false,
  loading: () => (
    <div className="monaco-loading" role="status">
      Loading the editor…
    </div>
  ),
});

export interface AuthorNote extends LineRange {
  text: string;
}

interface Props {
  snippetId: string;
  file: string;
  code: string;
  hash: string;
  authorNotes: AuthorNote[];
  /** The static highlighted code, shown until the reader asks for the editor. */
  children: ReactNode;
}

const newId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** A snippet with its notes: static code until "Annotate" opens Monaco in its place. */
export function SnippetAnnotator({ snippetId, file, code, hash, authorNotes, children }: Props) {
  const lineCount = code.split('\n').length;
  const [open, setOpen] = useState(false);
  const [selection, setSelection] = useState<LineRange | null>(null);
  const [form, setForm] = useState<(LineRange & { text: string }) | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<LineRange | null>(null);
  const [deleted, setDeleted] = useState<string | null>(null);
  const staticRef = useRef<HTMLDivElement>(null);

  const allNotes = useCourseStore((s) => s.annotations);
  const addAnnotation = useCourseStore((s) => s.addAnnotation);
  const updateAnnotation = useCourseStore((s) => s.updateAnnotation);
  const deleteAnnotation = useCourseStore((s) => s.deleteAnnotation);
  const restoreAnnotation = useCourseStore((s) => s.restoreAnnotation);
  const mine = useMemo(() => notesFor(allNotes, snippetId), [allNotes, snippetId]);

  const listed: ListedNote[] = useMemo(
    () =>
      [
        ...authorNotes.map((n, i) => ({ ...n, id: `author-${i}`, author: true })),
        ...mine.map((n) => ({ id: n.id, startLine: n.startLine, endLine: n.endLine, text: n.text, author: false, ...(isStale(n, hash) ? { staleLines: n.lineText } : {}) })),
      ].sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine || Number(b.author) - Number(a.author)),
    [authorNotes, mine, hash],
  );
  const editorNotes: EditorNote[] = useMemo(() => listed.filter((n) => !n.staleLines), [listed]);
  // Only the reader's notes mark the static code: the author's would give away find-the-bug answers.
  useStaticLineMarks(staticRef, open ? [] : editorNotes.filter((n) => !n.author));
  const [notesOpen, setNotesOpen] = useState(false);

  const startNote = (range: LineRange | null) => {
    setEditingId(null);
    setNotesOpen(true);
    setForm({ ...(range ?? { startLine: 1, endLine: 1 }), text: '' });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'A' && event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey && !open && event.target === event.currentTarget.querySelector('.snippet-code')) {
      event.preventDefault();
      setOpen(true);
    }
  };

  const show = (range: LineRange) => {
    if (open) {
      setReveal({ ...range });
      return;
    }
    const line = staticRef.current?.querySelector<HTMLElement>(`[data-line="${range.startLine}"]`);
    line?.scrollIntoView({ block: 'center' });
    line?.classList.add('line-flash');
    setTimeout(() => line?.classList.remove('line-flash'), 1200);
  };

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), 10_000);
    return () => clearTimeout(timer);
  }, [deleted]);

  const mineCount = mine.length;
  return (
    <div className="annotator" onKeyDown={onKeyDown}>
      <div className="annotator-toolbar">
        <button type="button" className="button-secondary" aria-pressed={open} aria-keyshortcuts="Shift+A" onClick={() => setOpen((o) => !o)}>
          {open ? 'Close the editor' : 'Annotate'}
        </button>
        {open ? (
          <button type="button" className="button-primary" onClick={() => startNote(selection)} disabled={form !== null}>
            {selection ? `Add a note on ${rangeLabel(selection).toLowerCase()}` : 'Add a note'}
          </button>
        ) : (
          <button type="button" className="button-secondary" onClick={() => startNote(null)} disabled={form !== null}>
            Add a note by line number
          </button>
        )}
        <span className="annotator-hint">
          {open ? 'Select lines, then Alt+N or the button. F1 lists editor commands; Ctrl+M toggles Tab moving focus.' : 'Shift+A on the code opens the editor.'}
        </span>
      </div>

      {open ? (
        <div className="annotator-editor" style={{ minHeight: lineCount * LINE_HEIGHT + 2 * PADDING }}>
          <MonacoView
            code={code}
            label={`${file}, read-only. Select lines and press Alt+N to add a note.`}
            notes={editorNotes}
            onSelectLines={setSelection}
            onAddNote={(range) => startNote(range)}
            reveal={reveal}
          />
        </div>
      ) : (
        <div ref={staticRef}>{children}</div>
      )}

      <details className="annotator-notes" open={notesOpen} onToggle={(e) => setNotesOpen(e.currentTarget.open)}>
        <summary className="annotator-notes-heading">
          Notes on {file} <span className="note-count">({authorNotes.length} by the author, {mineCount} yours)</span>
        </summary>
        {form && editingId === null ? (
          <NoteForm
            lineCount={lineCount}
            initial={form}
            submitLabel="Add the note"
            onCancel={() => setForm(null)}
            onSave={(range, text) => {
              addAnnotation(createAnnotation({ id: snippetId, code, hash }, range, text, new Date(), newId()));
              setForm(null);
            }}
          />
        ) : null}
        {deleted ? (
          <p className="note-deleted" role="status">
            Note deleted.{' '}
            <button type="button" className="link-button" onClick={() => (restoreAnnotation(deleted), setDeleted(null))}>
              Undo
            </button>
          </p>
        ) : (
          <p className="sr-only" role="status" />
        )}
        <NoteList
          notes={listed}
          editingId={editingId}
          onShow={show}
          onEdit={(id) => {
            setForm(null);
            setEditingId(id);
          }}
          onDelete={(id) => {
            deleteAnnotation(id);
            setDeleted(id);
          }}
          renderEditor={(id) => {
            const note = mine.find((n) => n.id === id);
            if (!note) return null;
            return (
              <NoteForm
                lineCount={lineCount}
                initial={note}
                submitLabel="Save the note"
                onCancel={() => setEditingId(null)}
                onSave={(range, text) => {
                  const moved = range.startLine !== note.startLine || range.endLine !== note.endLine;
                  const fresh = createAnnotation({ id: snippetId, code, hash }, range, text, new Date(), note.id);
                  updateAnnotation(id, moved || isStale(note, hash) ? { ...range, text: fresh.text, snippetHash: hash, lineText: fresh.lineText } : { text: fresh.text });
                  setEditingId(null);
                }}
              />
            );
          }}
        />
      </details>
    </div>
  );
}
