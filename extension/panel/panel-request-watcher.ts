// Picks up what the dashboard's controls asked for (parked by the background in storage.session), once each.
import type { Browser } from 'wxt/browser';
import { PANEL_REQUEST_KEY, panelRequestFrom, type PanelRequest } from '../messaging/panel-request';

type Storage = Pick<typeof Browser.storage, 'session' | 'onChanged'>;

/** Requests older than this when the panel opens are stale (the user asked for them another time). */
const FRESH_MS = 60_000;

export function watchPanelRequests(storage: Storage, onRequest: (r: PanelRequest) => void, now = () => Date.now()): () => void {
  let lastAt = 0;
  const take = (value: unknown, initial: boolean): void => {
    const request = panelRequestFrom(value);
    if (!request || request.at <= lastAt) return;
    if (initial && now() - request.at > FRESH_MS) return;
    lastAt = request.at;
    onRequest(request);
  };
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area === 'session' && PANEL_REQUEST_KEY in changes) take(changes[PANEL_REQUEST_KEY]!.newValue, false);
  };
  storage.onChanged.addListener(listener);
  void storage.session
    ?.get(PANEL_REQUEST_KEY)
    .then((got) => take(got[PANEL_REQUEST_KEY], true))
    .catch(() => undefined);
  return () => storage.onChanged.removeListener(listener);
}
