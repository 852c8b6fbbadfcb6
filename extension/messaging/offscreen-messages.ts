// The background ↔ offscreen document messages that turn export text into a Blob URL (MV3 workers cannot).
export type OffscreenMessage =
  | { target: 'offscreen'; type: 'blob-part'; id: string; text: string }
  | { target: 'offscreen'; type: 'blob-url'; id: string; mimeType: string }
  | { target: 'offscreen'; type: 'revoke'; url: string };

export const OFFSCREEN_PATH = 'offscreen.html';
