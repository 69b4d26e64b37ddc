'use client';

import { useRef } from 'react';
import { completion } from '@/lib/store/completion';
import { courseStore } from '@/lib/store/course-store';
import { buildExport, exportFileName } from '@/lib/store/export-format';
import { pickPersisted } from '@/lib/store/slices/data-slice';
import type { MapLesson } from './course-progress';
import { downloadText } from './download';
import { ImportProgress } from './import-progress';
import { useCourseData, useHydrated } from './use-course-data';

function exportProgress() {
  downloadText(exportFileName(), `${JSON.stringify(buildExport(pickPersisted(courseStore.getState())), null, 2)}\n`);
}

/** /progress: a summary, and export, import and reset of the reader's data. */
export function ProgressPanel({ lessons }: { lessons: MapLesson[] }) {
  const hydrated = useHydrated();
  const data = useCourseData();
  const dialog = useRef<HTMLDialogElement>(null);
  const { done, total, percent } = completion(data, lessons);

  return (
    <>
      <section aria-labelledby="summary-heading" className="progress-section">
        <h2 id="summary-heading">Summary</h2>
        {hydrated ? (
          <p>
            {done} of {total} lessons complete ({percent}%), {data.attempts.length} knowledge-check attempt{data.attempts.length === 1 ? '' : 's'}.
          </p>
        ) : (
          <p aria-busy="true">Loading your progress…</p>
        )}
        <p>Your progress is kept in this browser only. Export it to keep a copy, to move it to another browser, or to hand it in.</p>
      </section>

      <section aria-labelledby="export-heading" className="progress-section">
        <h2 id="export-heading">Export</h2>
        <p>Downloads a JSON file with everything: visits, check attempts and settings, with a format version and the export time.</p>
        <button type="button" className="button-primary" onClick={exportProgress} disabled={!hydrated}>
          Export progress
        </button>
      </section>

      <ImportProgress lessons={lessons} />

      <section aria-labelledby="reset-heading" className="progress-section">
        <h2 id="reset-heading">Reset</h2>
        <p>Deletes all progress in this browser. This cannot be undone, so export first if you may want it back.</p>
        <button type="button" className="button-secondary button-danger" onClick={() => dialog.current?.showModal()} disabled={!hydrated}>
          Reset progress…
        </button>
        <dialog ref={dialog} aria-labelledby="reset-dialog-title" className="confirm-dialog">
          <h3 id="reset-dialog-title">Reset all progress?</h3>
          <p>Every visit, check attempt and setting in this browser will be deleted.</p>
          <form method="dialog" className="quiz-actions">
            <button type="button" className="button-secondary" onClick={exportProgress}>
              Export first
            </button>
            <button type="submit" className="button-secondary button-danger" onClick={() => courseStore.getState().resetAll()}>
              Reset
            </button>
            <button type="submit" className="button-primary" autoFocus>
              Cancel
            </button>
          </form>
        </dialog>
      </section>
    </>
  );
}
