import * as z from 'zod/mini';

const id = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const mark = z.int().check(z.minimum(1), z.maximum(100));
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** A drawn knowledge check a track requires. */
export const trackCheckSchema = z.strictObject({
  id,
  title: text(120),
  /** Tags (`irql`) or modules (`module:io-model`); empty for the whole bank. */
  topics: z.array(text(80)).check(z.maxLength(20)),
  count: z.int().check(z.minimum(1), z.maximum(50)),
  passMark: mark,
});

/**
 * An onboarding track (`lessons/tracks/*.yaml`, or built in the browser and shared as a link).
 * zod/mini, because custom tracks and reports are validated in the browser.
 */
export const trackSchema = z.strictObject({
  id,
  title: text(120),
  /** Who it is for, e.g. "New engineer on a KMDF function driver team". */
  audience: text(200),
  summary: z.optional(text(600)),
  lessons: z.array(z.strictObject({ lesson: id, passMark: z.optional(mark) })).check(z.minLength(1), z.maxLength(40)),
  checks: z._default(z.array(trackCheckSchema).check(z.maxLength(10)), []),
  /** A suggested schedule: what to do by each step ("Day 1", "Week 2"). */
  schedule: z._default(z.array(z.strictObject({ label: text(40), lessons: z._default(z.array(id), []), checks: z._default(z.array(id), []) })).check(z.maxLength(30)), []),
});

export type Track = z.infer<typeof trackSchema>;
export type TrackCheck = z.infer<typeof trackCheckSchema>;

/** Rules the shape cannot express, for a track against the course's lessons. */
export function trackProblems(track: Track, lessonSlugs: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const listed = new Set(track.lessons.map((l) => l.lesson));
  const checks = new Set(track.checks.map((c) => c.id));
  for (const l of track.lessons) if (!lessonSlugs.has(l.lesson)) problems.push(`lessons: names no lesson "${l.lesson}"`);
  if (listed.size !== track.lessons.length) problems.push('lessons: a lesson is listed twice');
  if (checks.size !== track.checks.length) problems.push('checks: two checks share an id');
  for (const step of track.schedule) {
    for (const l of step.lessons) if (!listed.has(l)) problems.push(`schedule (${step.label}): "${l}" is not one of the track's lessons`);
    for (const c of step.checks) if (!checks.has(c)) problems.push(`schedule (${step.label}): "${c}" is not one of the track's checks`);
  }
  return problems;
}
