// Messages inside the extension (content script or side panel → background), typed in one place.
import type { PanelRequest } from './panel-request';

export type ExtensionMessage =
  /** A dashboard control was clicked: open the side panel showing this. Sent in the click's gesture. */
  | { type: 'open-panel'; request: Omit<PanelRequest, 'at'> }
  /** The toolbar's one-click export, started from elsewhere (keyboard shortcut, tests). */
  | { type: 'toolbar-export' };

/** Port the side panel opens to park a view's records for the app (see app-bridge). */
export const HANDOFF_PARK_PORT = 'activity-lens/handoff-park';

export type HandoffParkMessage =
  | { type: 'begin'; label: string; total: number }
  | { type: 'records'; records: import('../../core/record/activity-record').ActivityRecord[] }
  | { type: 'end' };

export type HandoffParkReply = { type: 'parked'; token: string } | { type: 'error'; message: string };

/**
 * The app-bridge frame's first message to the background on APP_BRIDGE_PORT: the origin of the page that framed it,
 * as the browser stamped it on the MessageEvent (the page cannot choose it), and whether that page is the top-level
 * page of its tab (a paired app framed inside another site is refused).
 */
export interface AppFrameHello {
  type: 'bridge/hello';
  origin: string;
  topLevel: boolean;
}

/** Options → background: run the sync now (answers its LastSync), or tell the days at risk. Our own pages only. */
export type SyncMessage = { type: 'sync/now' } | { type: 'sync/status' } | { type: 'sync/fetch-days-at-risk' };
