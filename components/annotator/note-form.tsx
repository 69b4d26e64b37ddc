'use client';

import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { type LineRange, normaliseRange } from '@/lib/annotations/annotation-model';
import { MAX_NOTE_LENGTH } from '@/lib/annotations/annotation-schema';

interface Props {
  lineCount: number;
  initial: LineRange & { text: string };
  submitLabel: string;
  onSave(range: LineRange, text: string): void;
  onCancel(): void;
}

/** Add or edit a note: lines chosen by number (no editor needed), and the text. */
export function NoteForm({ lineCount, initial, submitLabel, onSave, onCancel }: Props) {
  const id = useId();
  const [start, setStart] = useState(String(initial.startLine));
  const [end, setEnd] = useState(String(initial.endLine));
  const [text, setText] = useState(initial.text);
  const [error, setError] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => textArea.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const range = normaliseRange(Number(start), Number(end), lineCount);
    if (!range) return setError(`Choose lines between 1 and ${lineCount}.`);
    if (text.trim() === '') return setError('Write something in the note.');
    setError(null);
    onSave(range, text);
  };

  return (
    <form className="note-form" onSubmit={submit} noValidate onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div className="note-form-lines">
        <label htmlFor={`${id}-start`}>From line</label>
        <input id={`${id}-start`} type="number" inputMode="numeric" min={1} max={lineCount} value={start} onChange={(e) => setStart(e.target.value)} />
        <label htmlFor={`${id}-end`}>to line</label>
        <input id={`${id}-end`} type="number" inputMode="numeric" min={1} max={lineCount} value={end} onChange={(e) => setEnd(e.target.value)} />
      </div>
      <label htmlFor={`${id}-text`}>Note</label>
      <textarea
        id={`${id}-text`}
        ref={textArea}
        rows={3}
        maxLength={MAX_NOTE_LENGTH}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={`${id}-help`}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
      />
      <p id={`${id}-help`} className="note-form-help">
        Plain text with `code`, **bold** and *italics*. Ctrl+Enter saves, Escape cancels.
      </p>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="quiz-actions">
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
