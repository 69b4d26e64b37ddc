import * as z from 'zod/mini';
import type { RequirementStatus } from './track-progress';

export const REPORT_FORMAT = 'ring-zero-track-report';

/** The report a learner hands back. Self-reported: it is produced in the learner's browser. */
export const trackReportSchema = z.strictObject({
  format: z.literal(REPORT_FORMAT),
  formatVersion: z.literal(1),
  generatedAt: z.iso.datetime({ offset: true }),
  learner: z.string().check(z.minLength(1), z.maxLength(120)),
  courseVersion: z.string().check(z.maxLength(64)),
  track: z.strictObject({ id: z.string().check(z.maxLength(100)), title: z.string().check(z.maxLength(120)), contentHash: z.string().check(z.maxLength(64)) }),
  complete: z.boolean(),
  requirements: z
    .array(
      z.strictObject({
        kind: z.enum(['lesson', 'check']),
        id: z.string().check(z.maxLength(100)),
        title: z.string().check(z.maxLength(200)),
        passMark: z.number(),
        best: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
        passed: z.boolean(),
        passedAt: z.nullable(z.string().check(z.maxLength(40))),
      }),
    )
    .check(z.maxLength(60)),
});

export type TrackReport = z.infer<typeof trackReportSchema>;

export function buildReport(args: { learner: string; courseVersion: string; track: { id: string; title: string; contentHash: string }; requirements: RequirementStatus[]; now?: Date }): TrackReport {
  return {
    format: REPORT_FORMAT,
    formatVersion: 1,
    generatedAt: (args.now ?? new Date()).toISOString(),
    learner: args.learner.trim(),
    courseVersion: args.courseVersion,
    track: args.track,
    complete: args.requirements.length > 0 && args.requirements.every((r) => r.passed),
    requirements: args.requirements.map((r) => ({ ...r })),
  };
}

export type ReportRead = { ok: true; report: TrackReport; otherVersion: boolean } | { ok: false; message: string };

/** Reads one report file for a lead; flags a report made for another version of the track. */
export function readReport(text: string, expected: { id: string; contentHash: string }): ReportRead {
  if (text.length > 1_000_000) return { ok: false, message: 'the file is over 1 MB, far larger than any report' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'the file is not JSON' };
  }
  const parsed = trackReportSchema.safeParse(data);
  if (!parsed.success) return { ok: false, message: `the file is not a Ring Zero track report (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message})` };
  if (parsed.data.track.id !== expected.id) return { ok: false, message: `the report is for another track ("${parsed.data.track.title}")` };
  return { ok: true, report: parsed.data, otherVersion: parsed.data.track.contentHash !== expected.contentHash };
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One learner a row, one requirement a column (best score, or blank), as CSV. */
export function reportsToCsv(reports: readonly TrackReport[], columns: readonly { kind: string; id: string; title: string }[]): string {
  const header = ['Learner', 'Complete', 'Generated', 'Track version', ...columns.map((c) => c.title)];
  const rows = reports.map((r) => [
    r.learner,
    r.complete ? 'yes' : 'no',
    r.generatedAt,
    r.track.contentHash,
    ...columns.map((c) => {
      const req = r.requirements.find((q) => q.kind === c.kind && q.id === c.id);
      return req ? `${req.best ?? ''}${req.passed ? ' (passed)' : ''}` : '';
    }),
  ]);
  return [header, ...rows].map((row) => row.map((v) => csvCell(String(v))).join(',')).join('\n');
}
