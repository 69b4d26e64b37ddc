'use client';

import { type ChangeEvent, useState } from 'react';
import type { LessonMeta } from '@/lib/store/completion';
import { courseStore } from '@/lib/store/course-store';
import { parseImport, previewImport } from '@/lib/store/export-format';
import type { PersistedState } from '@/lib/store/persisted-schema';
import { pickPersisted } from '@/lib/store/slices/data-slice';

type Preview = ReturnType<typeof previewImport>;

/** Import a progress file: validated first, then merge or replace, with a preview of each. */
export function ImportProgress({ lessons }: { lessons: LessonMeta[] }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ state: PersistedState; exportedAt: string; preview: Preview; fileName: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    setDone(null);
    setPending(null);
    if (!file) return;
    const text = file.size > 5 * 1024 * 1024 ? '' : await file.text();
    const result = parseImport(text, file.size);
    if (!result.ok) {
      setError(`${file.name}: ${result.message} Nothing was changed.`);
      return;
    }
    setError(null);
    const preview = previewImport(pickPersisted(courseStore.getState()), result.state, lessons);
    setPending({ state: result.state, exportedAt: result.exportedAt, preview, fileName: file.name });
  };

  const apply = (mode: 'merge' | 'replace') => {
    if (!pending) return;
    if (mode === 'merge') courseStore.getState().mergeIn(pending.state);
    else courseStore.getState().replaceAll(pending.state);
    setDone(mode === 'merge' ? `Merged ${pending.fileName} into your progress.` : `Replaced your progress with ${pending.fileName}.`);
    setPending(null);
  };

  const row = (label: string, s: Preview['current']) => (
    <tr>
      <th scope="row">{label}</th>
      <td>{s.completed} of {pending?.preview.total}</td>
      <td>{s.attempts}</td>
      <td>{s.lessonsVisited}</td>
    </tr>
  );

  return (
    <section aria-labelledby="import-heading" className="progress-section">
      <h2 id="import-heading">Import</h2>
      <p>Load a file made by Export, from this or another browser.</p>
      <label className="file-label">
        Choose a progress file
        <input type="file" accept="application/json,.json" onChange={onFile} />
      </label>
      <div aria-live="polite">
        {error ? <p className="form-error" role="alert">{error}</p> : null}
        {done ? <p className="form-success">{done}</p> : null}
      </div>
      {pending ? (
        <div className="import-preview">
          <h3>What would change</h3>
          <p>
            {pending.fileName}, exported {new Date(pending.exportedAt).toLocaleString()}.
          </p>
          <table>
            <thead>
              <tr>
                <th scope="col">Your progress</th>
                <th scope="col">Lessons complete</th>
                <th scope="col">Check attempts</th>
                <th scope="col">Lessons visited</th>
              </tr>
            </thead>
            <tbody>
              {row('Now', pending.preview.current)}
              {row('After merge', pending.preview.merge)}
              {row('After replace', pending.preview.replace)}
            </tbody>
          </table>
          <p>Merge keeps everything from both: every attempt (so the best scores win) and the latest times. Replace discards what is here now.</p>
          <div className="quiz-actions">
            <button type="button" className="button-primary" onClick={() => apply('merge')}>Merge</button>
            <button type="button" className="button-secondary" onClick={() => apply('replace')}>Replace</button>
            <button type="button" className="button-secondary" onClick={() => setPending(null)}>Cancel</button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
