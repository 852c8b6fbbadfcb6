// The messages between the extension and the Activity Lens app (the PWA). The app reaches the extension through a
// hidden frame of the extension's own page `app-bridge.html` (a web-accessible resource, so it works for any origin
// the user serves the app from, in Chrome and Firefox alike): the app posts a MessagePort into the frame, the
// frame (extension code) reads the app's origin from the browser-set MessageEvent.origin and relays the port to the
// background, which serves only origins the user paired in the extension. An unpaired page gets one refusal,
// always the same words, and nothing else.
// Both sides depend on this contract (types and constants only); neither imports the other's code (bridge-contract/surface-walls.test.ts).

import type { ActivityRecord } from '../core/record/activity-record';
import type { CoverageSpan } from '../core/archive/archive-coverage';

/** The extension page the app frames: `<extension origin>/app-bridge.html`. */
export const APP_BRIDGE_PAGE = 'app-bridge.html';
/** What the app posts (with a MessagePort) into the frame to open one conversation. */
export const APP_BRIDGE_CONNECT = 'activity-lens/connect';
/** Port name between the frame and the background. */
export const APP_BRIDGE_PORT = 'activity-lens/app-bridge';

/** Records sent per message: small enough for structured clone to stay quick. */
export const APP_BRIDGE_BATCH = 2_000;

/** The one answer an unpaired page gets, whatever the extension holds. */
export const NOT_PAIRED_MESSAGE =
  'This address is not paired with the Activity Lens extension. Open the app from the extension’s side panel ("Open in Activity Lens app"), or pair this address in the extension’s Options.';

/** What the app tells the extension it already keeps, so the extension fetches only what is new and knows what is at risk. */
export interface ArchiveSummary {
  /** Per partner tenant: the newest operationDate in the archive (UTC ISO). */
  newest: Record<string, string>;
  /** The archive's coverage spans that reach into Partner Center's 90 days. */
  coverage: CoverageSpan[];
}

/** App → extension. */
export type AppToExtensionMessage =
  /** Pull the records the extension parked under this one-time token when the user clicked "Open in Activity Lens app". */
  | { type: 'handoff/pull'; token: string }
  /** Fetch a period from Partner Center with the extension's sign-in; pages stream back. */
  | { type: 'fetch/start'; from: string; to: string; customerId?: string }
  | { type: 'fetch/cancel' }
  /** The app is open: deliver what waits, sync if due, and keep delivering on this port while it stays open. */
  | { type: 'sync/open'; archive: ArchiveSummary }
  /** The app imported the delivery and recorded its coverage: the extension may drop it. */
  | { type: 'sync/ack'; deliveryId: string }
  /** The app could not import it: it stays waiting. */
  | { type: 'sync/nack'; deliveryId: string; message: string }
  /** To the frame itself: this conversation is over (the frame closes its port to the background). */
  | { type: 'bridge/close' };

/** Extension → app. */
export type ExtensionToAppMessage =
  /** The app is paired: the conversation is open (sent once, first). */
  | { type: 'ready' }
  | { type: 'records'; records: ActivityRecord[]; label: string; done: false; progress?: { received: number; total?: number } }
  | { type: 'done'; label: string; received: number }
  | { type: 'error'; kind: string; message: string }
  /** The connection is refused (the page is not a paired app); the port closes after this. */
  | { type: 'refused'; message: string }
  /** Sync delivery: records of one delivery, then its end; the app acks the deliveryId once imported. */
  | { type: 'delivery/records'; deliveryId: string; records: ActivityRecord[] }
  | { type: 'delivery/end'; deliveryId: string; label: string; count: number; spans: CoverageSpan[] }
  /** Nothing more is waiting for now (more may come on the same port after a scheduled sync). */
  | { type: 'sync/idle'; lastSync?: { at: number; ok: boolean; message?: string } };
