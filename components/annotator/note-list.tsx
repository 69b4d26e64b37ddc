'use client';

import { type LineRange, rangeLabel } from '@/lib/annotations/annotation-model';
import { LightMarkdown } from './light-markdown';

export interface ListedNote extends LineRange {
  id: string;
  text: string;
  author: boolean;
  /** For a reader's note whose snippet changed since: the lines as they were. */
  staleLines?: string[];
}

interface Props {
  notes: ListedNote[];
  editingId: string | null;
  onShow(range: LineRange): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
  renderEditor(id: string): React.ReactNode;
}

/** Every note on a snippet, the author's and the reader's, ordered by line. Works without Monaco. */
export function NoteList({ notes, editingId, onShow, onEdit, onDelete, renderEditor }: Props) {
  if (notes.length === 0) return <p className="notes-empty">No notes on this snippet yet.</p>;
  return (
    <ol className="note-list">
      {notes.map((note) => (
        <li key={note.id} className={note.author ? 'note note-author' : 'note note-reader'}>
          <div className="note-head">
            <button type="button" className="note-lines-button" onClick={() => onShow(note)} aria-label={`Show ${rangeLabel(note).toLowerCase()} in the code`}>
              {rangeLabel(note)}
            </button>
            <span className="note-who">{note.author ? 'Author' : 'Your note'}</span>
            {note.staleLines ? <span className="note-stale">May have moved</span> : null}
          </div>
          {editingId === note.id ? (
            renderEditor(note.id)
          ) : (
            <>
              <div className="note-text">
                <LightMarkdown text={note.text} />
              </div>
              {note.staleLines ? (
                <div className="note-old-lines">
                  <p>The snippet has changed since you wrote this. It was about:</p>
                  <pre>
                    <code>{note.staleLines.join('\n')}</code>
                  </pre>
                </div>
              ) : null}
              {note.author ? null : (
                <div className="note-actions">
                  <button type="button" className="link-button" onClick={() => onEdit(note.id)} aria-label={`Edit the note on ${rangeLabel(note).toLowerCase()}`}>
                    Edit
                  </button>
                  <button type="button" className="link-button" onClick={() => onDelete(note.id)} aria-label={`Delete the note on ${rangeLabel(note).toLowerCase()}`}>
                    Delete
                  </button>
                </div>
              )}
            </>
          )}
        </li>
      ))}
    </ol>
  );
}
