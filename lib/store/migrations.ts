import { type PersistedState, persistedStateSchema } from './persisted-schema';

/** The format version written today. Raise it with a step below whenever the stored shape changes. */
export const CURRENT_VERSION = 4;

/** A step turns data of version N into version N + 1. */
export type MigrationSteps = Record<number, (state: unknown) => unknown>;

/** Steps from each older version. */
export const MIGRATIONS: MigrationSteps = {
  /** Version 2 added the reader's snippet notes. */
  1: (state) => ({ ...(state as object), annotations: [] }),
  /** Version 3 added stand-alone check results and the spaced review queue. */
  2: (state) => ({ ...(state as object), checkResults: [], review: {} }),
  /** Version 4 added bookmarks. */
  3: (state) => ({ ...(state as object), bookmarks: [] }),
};

export type MigrationResult = { ok: true; state: PersistedState } | { ok: false; reason: string };

/** Runs every step from `version` up to `target`, then parses the result with the current schema. */
export function migratePersisted(
  state: unknown,
  version: number,
  steps: MigrationSteps = MIGRATIONS,
  target: number = CURRENT_VERSION,
): MigrationResult {
  if (!Number.isInteger(version) || version < 0) return { ok: false, reason: `unknown format version ${String(version)}` };
  if (version > target) return { ok: false, reason: `format version ${version} is newer than this app understands (${target})` };
  let current = state;
  for (let v = version; v < target; v++) {
    const step = steps[v];
    if (!step) return { ok: false, reason: `no migration from format version ${v}` };
    try {
      current = step(current);
    } catch (error) {
      return { ok: false, reason: `migration from version ${v} failed: ${(error as Error).message}` };
    }
  }
  const parsed = persistedStateSchema.safeParse(current);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: `does not match the expected shape (${issue?.path.join('.') || 'root'}: ${issue?.message})` };
  }
  return { ok: true, state: parsed.data };
}
