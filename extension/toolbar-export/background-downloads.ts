// Saves an export's file (its UTF-8 bytes) to the downloads folder from the background, whichever way this browser allows
// (see download-text-file.ts), and frees the Blob URL once the download is done.
import type { Browser } from 'wxt/browser';
import { DATA_URL_LIMIT_BYTES, dataUrl, utf8Length } from './download-text-file';
import { OFFSCREEN_PATH, type OffscreenMessage } from '../messaging/offscreen-messages';

interface OffscreenApi {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

type Apis = {
  downloads: Pick<typeof Browser.downloads, 'download' | 'onChanged'>;
  runtime: Pick<typeof Browser.runtime, 'sendMessage'> & { getURL(path: string): string };
  offscreen?: OffscreenApi;
};

/** Messages stay far below Chrome's 64 MiB limit. */
const MESSAGE_CHARS = 4_000_000;

async function offscreenBlobUrl(apis: Apis & { offscreen: OffscreenApi }, parts: readonly Uint8Array[], mimeType: string): Promise<string> {
  if (!(await apis.offscreen.hasDocument?.().catch(() => false))) {
    await apis.offscreen
      .createDocument({ url: apis.runtime.getURL(OFFSCREEN_PATH), reasons: ['BLOBS'], justification: 'Save the exported activity log as a file.' })
      .catch((e: unknown) => {
        // Two exports at once: the document already exists.
        if (!String((e as Error)?.message ?? e).includes('single offscreen')) throw e;
      });
  }
  const id = crypto.randomUUID();
  // Runtime messages carry JSON, not bytes: the file goes as its text (valid UTF-8 in, so the same bytes out).
  // ignoreBOM keeps the BOM in the text: without it the decoder drops it, and Excel then misreads the file.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let batch = '';
  const flush = async (): Promise<void> => {
    if (batch === '') return;
    const message: OffscreenMessage = { target: 'offscreen', type: 'blob-part', id, text: batch };
    batch = '';
    await apis.runtime.sendMessage(message);
  };
  for (const part of parts) {
    batch += decoder.decode(part, { stream: true });
    if (batch.length >= MESSAGE_CHARS) await flush();
  }
  batch += decoder.decode();
  await flush();
  const done: OffscreenMessage = { target: 'offscreen', type: 'blob-url', id, mimeType };
  const answer = (await apis.runtime.sendMessage(done)) as { url?: string } | undefined;
  if (!answer?.url) throw new Error('Could not prepare the file for download.');
  return answer.url;
}

function whenDownloadEnds(downloads: Apis['downloads'], id: number, then: () => void): void {
  const listener = (delta: { id: number; state?: { current?: string } }): void => {
    if (delta.id !== id || !delta.state?.current || delta.state.current === 'in_progress') return;
    downloads.onChanged.removeListener(listener);
    then();
  };
  downloads.onChanged.addListener(listener);
}

export function createBackgroundSaver(apis: Apis) {
  return async function saveTextFile(file: { name: string; parts: Uint8Array<ArrayBuffer>[]; mimeType: string }): Promise<void> {
    let url: string;
    let release: (() => void) | undefined;
    const canMakeBlobUrls = typeof URL.createObjectURL === 'function';
    if (canMakeBlobUrls) {
      url = URL.createObjectURL(new Blob(file.parts, { type: file.mimeType }));
      release = () => URL.revokeObjectURL(url);
    } else if (!apis.offscreen || utf8Length(file.parts) <= DATA_URL_LIMIT_BYTES) {
      url = dataUrl(file.parts, file.mimeType);
    } else {
      url = await offscreenBlobUrl(apis as Apis & { offscreen: OffscreenApi }, file.parts, file.mimeType);
      release = () => void apis.runtime.sendMessage({ target: 'offscreen', type: 'revoke', url } satisfies OffscreenMessage).catch(() => undefined);
    }
    const id = await apis.downloads.download({ url, filename: file.name, conflictAction: 'uniquify', saveAs: false });
    if (release) whenDownloadEnds(apis.downloads, id, release);
  };
}
