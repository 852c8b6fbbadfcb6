// Registers the precaching service worker with workbox-window; a new version waits until the user says
// "Reload" (registerType 'prompt'), so an open view is never swapped under them.
import { Workbox } from 'workbox-window';

type UpdateListener = (apply: () => void) => void;
const listeners = new Set<UpdateListener>();
let pending: (() => void) | undefined;

/** Called with an `apply` function when a new version is waiting. */
export function onUpdateAvailable(listener: UpdateListener): () => void {
  listeners.add(listener);
  if (pending) listener(pending);
  return () => listeners.delete(listener);
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  wb.addEventListener('waiting', () => {
    pending = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    for (const l of listeners) l(pending);
  });
  void wb.register();
}
