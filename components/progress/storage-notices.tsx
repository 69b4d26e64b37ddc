'use client';

import { useState } from 'react';
import { useCourseStore } from '@/lib/store/course-store';
import { downloadText } from './download';

function downloadBackup(key: string) {
  let text: string | null = null;
  try {
    text = window.localStorage.getItem(key);
  } catch {
    // Reported below.
  }
  if (text === null) {
    window.alert('The backup could not be read from this browser’s storage.');
    return;
  }
  downloadText(`ring-zero-backup-${key.slice(-24).replace(/[:.]/g, '-')}.json`, text);
}

/** Tells the reader, once, when saved progress could not be read or cannot be saved. */
export function StorageNotices() {
  const unreadable = useCourseStore((s) => s.unreadable);
  const writeFailed = useCourseStore((s) => s.writeFailed);
  const dismissUnreadable = useCourseStore((s) => s.dismissUnreadable);
  const [writeDismissed, setWriteDismissed] = useState(false);

  if (!unreadable && !(writeFailed && !writeDismissed)) return null;
  return (
    <div className="storage-notices">
      {unreadable ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>Your saved progress could not be read</strong> ({unreadable.reason}), so Ring Zero started fresh.{' '}
            {unreadable.backupKey ? 'A copy of the old data was kept in this browser.' : 'The old data was left untouched.'}
          </p>
          <div className="notice-actions">
            {unreadable.backupKey ? (
              <button type="button" className="button-secondary" onClick={() => downloadBackup(unreadable.backupKey ?? '')}>
                Download the copy
              </button>
            ) : null}
            <button type="button" className="button-secondary" onClick={dismissUnreadable}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
      {writeFailed && !writeDismissed ? (
        <div className="notice notice-warning" role="alert">
          <p>
            <strong>Progress cannot be saved in this browser</strong> (storage is full, disabled, or in private mode). You can keep
            reading; export your progress from the Progress page before you close this tab.
          </p>
          <div className="notice-actions">
            <button type="button" className="button-secondary" onClick={() => setWriteDismissed(true)}>
              Dismiss
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
