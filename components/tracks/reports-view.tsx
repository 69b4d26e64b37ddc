'use client';

import { type ChangeEvent, type DragEvent, useState } from 'react';
import { type TrackReport, readReport, reportsToCsv } from '@/lib/tracks/report';
import type { Track } from '@/lib/tracks/track-schema';
import { downloadText } from '@/components/progress/download';

interface Loaded {
  file: string;
  report: TrackReport;
  otherVersion: boolean;
}

/** The lead's view: load learners' reports, see one learner a row and one requirement a column, export CSV. */
export function ReportsView({ track, contentHash, lessonTitles }: { track: Track; contentHash: string; lessonTitles: Record<string, string> }) {
  const [loaded, setLoaded] = useState<Loaded[]>([]);
  const [errors, setErrors] = useState<string[]>([]);
  const columns = [
    ...track.lessons.map((l) => ({ kind: 'lesson', id: l.lesson, title: lessonTitles[l.lesson] ?? l.lesson })),
    ...track.checks.map((c) => ({ kind: 'check', id: c.id, title: c.title })),
  ];

  const load = async (files: File[]) => {
    const good: Loaded[] = [];
    const bad: string[] = [];
    for (const file of files) {
      const result = readReport(file.size > 1_000_000 ? 'x'.repeat(1_000_001) : await file.text(), { id: track.id, contentHash });
      if (result.ok) good.push({ file: file.name, report: result.report, otherVersion: result.otherVersion });
      else bad.push(`${file.name}: ${result.message}. It was skipped.`);
    }
    setLoaded((l) => [...l, ...good]);
    setErrors(bad);
  };
  const onPick = (e: ChangeEvent<HTMLInputElement>) => {
    void load([...(e.target.files ?? [])]);
    e.target.value = '';
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void load([...e.dataTransfer.files]);
  };

  return (
    <div>
      <div className="drop-zone" onDragOver={(e) => e.preventDefault()} onDrop={onDrop}>
        <label className="file-label">
          Choose report files (or drop them here)
          <input type="file" accept="application/json,.json" multiple onChange={onPick} />
        </label>
      </div>
      <div aria-live="polite">
        {errors.length ? (
          <ul className="form-error" role="alert">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {loaded.length > 0 ? (
        <>
          <table className="reports-table">
            <thead>
              <tr>
                <th scope="col">Learner</th>
                <th scope="col">Complete</th>
                {columns.map((c) => (
                  <th key={`${c.kind}:${c.id}`} scope="col">
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {loaded.map(({ file, report, otherVersion }) => (
                <tr key={`${file}-${report.generatedAt}`}>
                  <th scope="row">
                    {report.learner}
                    {otherVersion ? <span className="note-stale"> · made for another version of this track</span> : null}
                  </th>
                  <td>{report.complete ? 'Yes' : 'No'}</td>
                  {columns.map((c) => {
                    const r = report.requirements.find((q) => q.kind === c.kind && q.id === c.id);
                    return <td key={`${c.kind}:${c.id}`}>{r ? `${r.best ?? '—'}${r.best !== null ? '%' : ''}${r.passed ? ' ✓' : ''}` : 'not in this report'}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="button-secondary" onClick={() => downloadText(`ring-zero-${track.id}-reports.csv`, `${reportsToCsv(loaded.map((l) => l.report), columns)}\n`, 'text/csv')}>
            Export as CSV
          </button>
        </>
      ) : (
        <p>No reports loaded yet.</p>
      )}
      <p className="note-form-help">Reports are self-reported by learners’ browsers and are not tamper-proof.</p>
    </div>
  );
}
