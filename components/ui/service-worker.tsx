'use client';

import { useEffect, useState } from 'react';

/**
 * Registers the service worker that keeps the course working offline, and offers a reload when a
 * new deployment's worker is waiting.
 */
// Set when the reader accepts an update; only then does a change of controller reload the page.
// (The first worker also takes control of the page it installs from, which must not reload it.)
let updateAccepted = false;

export function ServiceWorker() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' || !('serviceWorker' in navigator)) return;
    const base = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
    let reloading = false;
    const onControllerChange = () => {
      if (reloading || !updateAccepted) return;
      reloading = true;
      window.location.reload();
    };
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    navigator.serviceWorker
      .register(`${base}/sw.js`, { scope: `${base}/` })
      .then((registration) => {
        // A worker already waiting means an update arrived earlier; only offer it if one is in control.
        if (registration.waiting && navigator.serviceWorker.controller) setWaiting(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const next = registration.installing;
          next?.addEventListener('statechange', () => {
            if (next.state === 'installed' && navigator.serviceWorker.controller) setWaiting(next);
          });
        });
      })
      .catch(() => {
        // Offline use is a bonus: without a worker the course still works online.
      });
    return () => navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
  }, []);

  if (!waiting) return null;
  return (
    <div className="notice update-notice" role="status">
      <p>A new version of Ring Zero is available.</p>
      <div className="notice-actions">
        <button type="button" className="button-primary" onClick={() => {
            updateAccepted = true;
            waiting.postMessage('skip-waiting');
          }}>
          Reload to update
        </button>
        <button type="button" className="button-secondary" onClick={() => setWaiting(null)}>
          Later
        </button>
      </div>
    </div>
  );
}
