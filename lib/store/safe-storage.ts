import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { BACKUP_KEY_PREFIX } from './keys';
import { mergePersisted } from './merge-persisted';
import { CURRENT_VERSION, migratePersisted } from './migrations';
import type { PersistedState } from './persisted-schema';
import { parseUntrustedJson } from './safe-json';

/** The part of the Web Storage API we use; a stub in tests. */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface StorageEvents {
  /** Stored data could not be used; it was copied to `backupKey` (null when even that failed). */
  onUnreadable(reason: string, backupKey: string | null): void;
  /** A read or write failed: quota, disabled storage or private mode. The app keeps its state in memory. */
  onWriteFailed(error: unknown): void;
}

type Envelope = { state: unknown; version: number };

/** Parses the stored text into its `{ state, version }` envelope, or says why it cannot. */
export function parseEnvelope(raw: string): { ok: true; value: Envelope } | { ok: false; reason: string } {
  const parsed = parseUntrustedJson(raw);
  if (!parsed.ok) return { ok: false, reason: parsed.reason.replace('the data', 'the saved data') };
  const data = parsed.value;
  if (typeof data !== 'object' || data === null || !('state' in data) || !('version' in data) || typeof data.version !== 'number') {
    return { ok: false, reason: 'the saved data is not in Ring Zero’s format' };
  }
  return { ok: true, value: { state: data.state, version: data.version } };
}

/** Stored text brought to the current format and validated, or the reason it cannot be. */
export function readStored(raw: string) {
  const envelope = parseEnvelope(raw);
  return envelope.ok ? migratePersisted(envelope.value.state, envelope.value.version) : envelope;
}

export interface SafeStorage extends PersistStorage<PersistedState> {
  /** Copies what is stored now aside (for failures found after getItem) and says where. */
  quarantine(name: string, reason: string): { reason: string; backupKey: string | null };
}

/**
 * localStorage for zustand's persist, made safe: every access is in try/catch; stored text is
 * never overwritten unless it is readable or has been copied aside first; and a write first merges
 * in whatever another tab saved since, so neither tab overwrites the other's newer data.
 */
export function createSafeStorage(getStorage: () => KeyValueStorage | null, events: StorageEvents, now: () => Date = () => new Date()): SafeStorage {
  const storage = (): KeyValueStorage => {
    const s = getStorage();
    if (!s) throw new Error('localStorage is not available');
    return s;
  };
  const read = (name: string): string | null => storage().getItem(name);
  let lastBackup: { raw: string; key: string } | null = null;
  /** Copies raw text under a fresh backup key (once per text); null when that write fails. */
  const backup = (raw: string): string | null => {
    if (lastBackup?.raw === raw) return lastBackup.key;
    const key = `${BACKUP_KEY_PREFIX}${now().toISOString()}`;
    try {
      storage().setItem(key, raw);
      lastBackup = { raw, key };
      return key;
    } catch {
      return null;
    }
  };

  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = read(name);
      } catch (error) {
        events.onWriteFailed(error);
        return null;
      }
      if (raw === null) return null;
      const envelope = parseEnvelope(raw);
      if (envelope.ok) return envelope.value as StorageValue<PersistedState>;
      events.onUnreadable(envelope.reason, backup(raw));
      return null;
    },
    setItem(name, value) {
      try {
        const raw = read(name);
        const stored = raw === null ? null : readStored(raw);
        if (raw !== null && stored && !stored.ok && backup(raw) === null) {
          throw new Error('the saved data could not be read or backed up, so it was left untouched');
        }
        const state = stored?.ok ? mergePersisted(stored.state, value.state) : value.state;
        const text = JSON.stringify({ state, version: CURRENT_VERSION });
        if (text !== raw) storage().setItem(name, text);
      } catch (error) {
        events.onWriteFailed(error);
      }
    },
    removeItem() {
      // Ring Zero never deletes a reader's data; "Reset" writes an empty state instead.
    },
    quarantine(name, reason) {
      let raw: string | null = null;
      try {
        raw = read(name);
      } catch {
        // Nothing readable to keep.
      }
      return { reason, backupKey: raw === null ? null : backup(raw) };
    },
  };
}
