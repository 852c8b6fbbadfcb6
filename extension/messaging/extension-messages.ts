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
  | { type: 'records'; records: import('../../core/activity-record').ActivityRecord[] }
  | { type: 'end' };

export type HandoffParkReply = { type: 'parked'; token: string } | { type: 'error'; message: string };
