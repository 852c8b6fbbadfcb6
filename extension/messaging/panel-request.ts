// What the dashboard's controls ask the side panel to show. The background parks it in storage.session (the
// content script cannot), then opens the panel; the panel reads it on start and whenever it changes.

export interface PanelRequest {
  /** Filter to this customer (lower-case GUID), as the "Activity" button beside a customer's name asks. */
  customerId?: string;
  customerName?: string;
  /** yyyy-MM-dd period, as the Activity Log page shows it. */
  from?: string;
  to?: string;
  /** Open this record's details (an alert notification's click), with from/to its day. */
  recordKey?: string;
  /** When it was asked: the panel applies each request once. */
  at: number;
}

export const PANEL_REQUEST_KEY = 'panelRequest';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keeps only well-formed fields: the request crosses from a web page's world. */
export function panelRequestFrom(value: unknown, now = Date.now()): PanelRequest | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  const request: PanelRequest = { at: typeof v.at === 'number' ? v.at : now };
  if (typeof v.customerId === 'string' && GUID.test(v.customerId)) request.customerId = v.customerId.toLowerCase();
  if (typeof v.customerName === 'string' && v.customerName.trim() !== '') request.customerName = v.customerName.trim().slice(0, 200);
  if (typeof v.from === 'string' && DAY.test(v.from)) request.from = v.from;
  if (typeof v.to === 'string' && DAY.test(v.to)) request.to = v.to;
  if (typeof v.recordKey === 'string' && v.recordKey !== '' && v.recordKey.length <= 300) request.recordKey = v.recordKey;
  if (request.from && request.to && request.from > request.to) [request.from, request.to] = [request.to, request.from];
  if (!request.customerId && !request.from && !request.to) return undefined;
  return request;
}
