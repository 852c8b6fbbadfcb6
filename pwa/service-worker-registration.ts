// Registers the precaching service worker with workbox-window; a new version waits until the user says
// "Reload" (registerType 'prompt'), so an open view is never swapped under them. workbox-window is loaded only
// then (a chunk of its own): the first screen neither fetches nor runs it before it paints.

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
  void import('workbox-window').then(({ Workbox }) => register(new Workbox('./sw.js', { scope: './' })));
}

function register(wb: import('workbox-window').Workbox): void {
  wb.addEventListener('waiting', () => {
    pending = () => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    };
    for (const l of listeners) l(pending);
  });
  void wb.register();
}
