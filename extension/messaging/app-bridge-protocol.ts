// The messages between the extension and the PWA (externally_connectable): the extension hands the records
// of a view to the app's archive, and the app asks the extension (which holds the sign-in) to fetch from
// Partner Center. The extension opens the app at `<app>/?bridge=<extensionId>&handoff=<token>`; the app keeps
// the extension id (not a secret) to reach it later through chrome.runtime.connect(extensionId).
// The extension owns this contract (it declares externally_connectable and serves the port); the app imports it
// from here, types and two constants only, so no extension code enters the app's bundle.

import type { ActivityRecord } from '../../core/activity-record';

/** Port name for chrome.runtime.connect(extensionId, { name }). */
export const APP_BRIDGE_PORT = 'activity-lens/app-bridge';

/** Records sent over the port per message: small enough for structured clone to stay quick. */
export const APP_BRIDGE_BATCH = 2_000;

/** App → extension. */
export type AppToExtensionMessage =
  /** Pull the records the extension parked under this one-time token when the user clicked "Open in Activity Lens app". */
  | { type: 'handoff/pull'; token: string }
  /** Fetch a period from Partner Center with the extension's sign-in; pages stream back. */
  | { type: 'fetch/start'; from: string; to: string; customerId?: string }
  | { type: 'fetch/cancel' };

/** Extension → app. */
export type ExtensionToAppMessage =
  | { type: 'records'; records: ActivityRecord[]; label: string; done: false; progress?: { received: number; total?: number } }
  | { type: 'done'; label: string; received: number }
  | { type: 'error'; kind: string; message: string };
