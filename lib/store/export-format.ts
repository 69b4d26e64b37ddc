import * as z from 'zod/mini';
import { type LessonMeta, completion } from './completion';
import { mergePersisted } from './merge-persisted';
import { CURRENT_VERSION, migratePersisted } from './migrations';
import type { PersistedState } from './persisted-schema';
import { parseUntrustedJson } from './safe-json';

export const EXPORT_FORMAT = 'ring-zero-progress';
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The file that "Export" downloads. */
export interface ProgressExport {
  format: typeof EXPORT_FORMAT;
  formatVersion: number;
  exportedAt: string;
  state: PersistedState;
}

export function buildExport(state: PersistedState, now = new Date()): ProgressExport {
  return { format: EXPORT_FORMAT, formatVersion: CURRENT_VERSION, exportedAt: now.toISOString(), state };
}

export function exportFileName(now = new Date()): string {
  return `ring-zero-progress-${now.toISOString().slice(0, 10)}.json`;
}

const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.int(),
  exportedAt: z.string(),
  state: z.unknown(),
});

export type ImportResult = { ok: true; state: PersistedState; exportedAt: string } | { ok: false; message: string };

/** Reads an export file; a bad file gets a message naming the problem. */
export function parseImport(text: string, sizeBytes: number): ImportResult {
  if (sizeBytes > MAX_IMPORT_BYTES) {
    return { ok: false, message: `The file is ${(sizeBytes / 1024 / 1024).toFixed(1)} MB; a Ring Zero export is never over 5 MB.` };
  }
  const json = parseUntrustedJson(text);
  if (!json.ok) return { ok: false, message: json.reason === 'the data is not valid JSON' ? 'The file is not JSON, so it is not a Ring Zero export.' : `The file was refused: ${json.reason}.` };
  const envelope = envelopeSchema.safeParse(json.value);
  if (!envelope.success) return { ok: false, message: 'The file is JSON but not a Ring Zero progress export (its "format" or "formatVersion" is missing or wrong).' };
  const { formatVersion, exportedAt, state } = envelope.data;
  if (formatVersion > CURRENT_VERSION) {
    return { ok: false, message: `The file was made by a newer Ring Zero (format ${formatVersion}); this one reads formats up to ${CURRENT_VERSION}. Reload to get the latest version, then import again.` };
  }
  const migrated = migratePersisted(state, formatVersion);
  if (!migrated.ok) return { ok: false, message: `The file's contents are damaged: ${migrated.reason}.` };
  return { ok: true, state: migrated.state, exportedAt };
}

/** What importing would change, for merge and for replace. */
export function previewImport(current: PersistedState, incoming: PersistedState, lessons: readonly LessonMeta[]) {
  const merged = mergePersisted(current, { ...incoming, resetAt: current.resetAt });
  const summary = (s: PersistedState) => ({
    completed: completion(s, lessons).done,
    attempts: s.attempts.length,
    lessonsVisited: Object.values(s.progress.lessons).filter((l) => l.visitedAt).length,
  });
  return { total: lessons.length, current: summary(current), merge: summary(merged), replace: summary(incoming) };
}
