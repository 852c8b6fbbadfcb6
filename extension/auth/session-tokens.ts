// The one place tokens are kept: this context's memory and browser.storage.session (cleared when the browser
// closes, never written to disk, not readable by content scripts). Never storage.local, IndexedDB or localStorage.
import { browser } from 'wxt/browser';

export interface SessionTokens {
  accessToken: string;
  /** Epoch ms when the access token stops working. */
  expiresAt: number;
  refreshToken?: string;
  /** Who signed in, for display only. */
  account?: string;
  /** The authority + client the tokens came from: other settings must not reuse them. */
  issuedFor: string;
}

export const SESSION_TOKENS_KEY = 'partnerCenterTokens';

/** Used only where storage.session is missing (Firefox before 115): then a sign-in lasts as long as this page. */
let inMemory: SessionTokens | undefined;

function sessionArea() {
  return browser.storage.session as typeof browser.storage.session | undefined;
}

/** storage.session is the source of truth: the service worker, side panel and options page share it. */
export async function readSessionTokens(): Promise<SessionTokens | undefined> {
  const area = sessionArea();
  if (!area) return inMemory;
  const stored = (await area.get(SESSION_TOKENS_KEY))[SESSION_TOKENS_KEY] as SessionTokens | undefined;
  inMemory = stored && typeof stored.accessToken === 'string' && typeof stored.expiresAt === 'number' ? stored : undefined;
  return inMemory;
}

export async function writeSessionTokens(tokens: SessionTokens): Promise<void> {
  inMemory = tokens;
  await sessionArea()?.set({ [SESSION_TOKENS_KEY]: tokens });
}

export async function clearSessionTokens(): Promise<void> {
  inMemory = undefined;
  await sessionArea()?.remove(SESSION_TOKENS_KEY);
}
