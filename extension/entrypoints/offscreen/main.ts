// Offscreen document: assembles export text sent by the background into a Blob and hands back its URL, which
// downloads.download can save (the service worker has no URL.createObjectURL).
import { browser } from 'wxt/browser';
import type { OffscreenMessage } from '../../messaging/offscreen-messages';

const pending = new Map<string, string[]>();

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
  const m = message as OffscreenMessage;
  if (m?.target !== 'offscreen') return undefined;
  if (m.type === 'blob-part') {
    const parts = pending.get(m.id) ?? [];
    parts.push(m.text);
    pending.set(m.id, parts);
    sendResponse({ ok: true });
  } else if (m.type === 'blob-url') {
    const parts = pending.get(m.id) ?? [];
    pending.delete(m.id);
    sendResponse({ url: URL.createObjectURL(new Blob(parts, { type: m.mimeType })) });
  } else if (m.type === 'revoke') {
    URL.revokeObjectURL(m.url);
    sendResponse({ ok: true });
  }
  return undefined;
});
