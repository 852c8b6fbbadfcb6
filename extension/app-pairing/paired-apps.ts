// Which app origins may use the bridge (paired by the user, in the extension), and which pages tried without
// being paired (shown in Options, so a refused attempt is never silent). Pairing is an exact origin: scheme,
// host and port; http://127.0.0.1:4173 and http://127.0.0.1:5173 are two different apps.
import { browser } from 'wxt/browser';

export interface PairedApp {
  origin: string;
  /** Epoch ms. */
  pairedAt: number;
}

export interface RefusedConnection {
  origin: string;
  /** Last attempt, epoch ms. */
  at: number;
  /** Attempts from this origin since it was first refused. */
  count: number;
}

export const PAIRED_APPS_KEY = 'pairedApps';
export const REFUSED_CONNECTIONS_KEY = 'refusedConnections';
/** Origins listed as refused at once; the oldest leave first (a hostile page must not fill storage). */
export const MAX_REFUSED = 20;

/** Only what an origin can be: a page's origin string as the browser reports it, never a path or an opaque 'null'. */
export function isPairableOrigin(origin: unknown): origin is string {
  if (typeof origin !== 'string' || origin.length > 300) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
  } catch {
    return false;
  }
}

function pairedFrom(value: unknown): PairedApp[] {
  if (!Array.isArray(value)) return [];
  return value.filter((a): a is PairedApp => isPairableOrigin(a?.origin) && typeof a.pairedAt === 'number');
}

function refusedFrom(value: unknown): RefusedConnection[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (r): r is RefusedConnection => isPairableOrigin(r?.origin) && typeof r.at === 'number' && typeof r.count === 'number',
  );
}

export async function loadPairedApps(): Promise<PairedApp[]> {
  return pairedFrom((await browser.storage.local.get(PAIRED_APPS_KEY))[PAIRED_APPS_KEY]);
}

export async function isPairedOrigin(origin: string): Promise<boolean> {
  return (await loadPairedApps()).some((a) => a.origin === origin);
}

/** Only extension pages call this, on the user's action (opening the app from the panel, or "Pair" in Options). */
export async function pairApp(origin: string, now = Date.now()): Promise<void> {
  if (!isPairableOrigin(origin)) throw new Error(`Not an app origin: ${origin}`);
  const apps = await loadPairedApps();
  if (apps.some((a) => a.origin === origin)) return;
  const refused = (await loadRefusedConnections()).filter((r) => r.origin !== origin);
  await browser.storage.local.set({ [PAIRED_APPS_KEY]: [...apps, { origin, pairedAt: now }], [REFUSED_CONNECTIONS_KEY]: refused });
}

export async function revokeApp(origin: string): Promise<void> {
  const apps = await loadPairedApps();
  await browser.storage.local.set({ [PAIRED_APPS_KEY]: apps.filter((a) => a.origin !== origin) });
}

export async function loadRefusedConnections(): Promise<RefusedConnection[]> {
  return refusedFrom((await browser.storage.local.get(REFUSED_CONNECTIONS_KEY))[REFUSED_CONNECTIONS_KEY]);
}

/** One line per origin (newest first) with its last time and count, bounded. */
export function withRefusal(list: readonly RefusedConnection[], origin: string, now: number): RefusedConnection[] {
  const previous = list.find((r) => r.origin === origin);
  const rest = list.filter((r) => r.origin !== origin);
  return [{ origin, at: now, count: (previous?.count ?? 0) + 1 }, ...rest].slice(0, MAX_REFUSED);
}

export async function noteRefusedConnection(origin: string, now = Date.now()): Promise<void> {
  const list = await loadRefusedConnections();
  await browser.storage.local.set({ [REFUSED_CONNECTIONS_KEY]: withRefusal(list, origin, now) });
}

export async function clearRefusedConnections(): Promise<void> {
  await browser.storage.local.set({ [REFUSED_CONNECTIONS_KEY]: [] });
}

/** Calls back when pairings or refusals change anywhere (Options stays current; the background drops revoked apps). */
export function watchPairing(cb: (change: { paired?: PairedApp[]; refused?: RefusedConnection[] }) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const out: { paired?: PairedApp[]; refused?: RefusedConnection[] } = {};
    if (PAIRED_APPS_KEY in changes) out.paired = pairedFrom(changes[PAIRED_APPS_KEY]!.newValue);
    if (REFUSED_CONNECTIONS_KEY in changes) out.refused = refusedFrom(changes[REFUSED_CONNECTIONS_KEY]!.newValue);
    if (out.paired || out.refused) cb(out);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
