// Another tab of the app changed the archive (an import, an undo, the sample removed, the extension's sync): this
// tab's views read it again. Without this a tab kept showing what it had read, and a list left open while another
// tab's import merged blocks went on reading block ids that no longer exist (those rows went missing until a reload).
//
// One channel object per tab, for posting and listening both: a channel never hears its own messages, so a tab is
// not told about its own changes (it has refreshed already).

const CHANNEL = 'activity-lens-archive';

let channel: BroadcastChannel | undefined | null;

function tabChannel(): BroadcastChannel | undefined {
  if (channel === undefined) channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
  return channel ?? undefined;
}

/** Tells the app's other tabs that the archive changed. */
export function announceArchiveChange(): void {
  tabChannel()?.postMessage('changed');
}

/** Calls `then` whenever another tab announces a change; returns the way to stop. */
export function onArchiveChange(then: () => void): () => void {
  const c = tabChannel();
  if (!c) return () => undefined;
  const listener = (e: MessageEvent) => {
    if (e.data === 'changed') then();
  };
  c.addEventListener('message', listener);
  return () => c.removeEventListener('message', listener);
}
