// Getting a text file (its UTF-8 bytes, as the export pipeline writes them) into the downloads folder from the background. An MV3 service worker has no
// URL.createObjectURL (SPEC §6): small files go as a data: URL (Chrome refuses URLs over 2 MB), bigger ones
// through an offscreen document that makes the Blob URL; Firefox's background page makes it itself.

/** Chrome's URL length limit is 2 MiB; keep the base64 data: URL well under it. */
export const DATA_URL_LIMIT_BYTES = 1_400_000;

/** UTF-8 bytes as base64, in slices so no giant intermediate string is built at once. */
export function base64OfUtf8(parts: readonly Uint8Array[]): string {
  const bytes = new Uint8Array(utf8Length(parts));
  let offset = 0;
  for (const c of parts) {
    bytes.set(c, offset);
    offset += c.length;
  }
  let out = '';
  const SLICE = 0x8000 * 3; // a multiple of 3: no padding in the middle
  for (let i = 0; i < bytes.length; i += SLICE) {
    let binary = '';
    const slice = bytes.subarray(i, i + SLICE);
    for (let j = 0; j < slice.length; j += 0x8000) binary += String.fromCharCode(...slice.subarray(j, j + 0x8000));
    out += btoa(binary);
  }
  return out;
}

export function utf8Length(parts: readonly Uint8Array[]): number {
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}

export function dataUrl(parts: readonly Uint8Array[], mimeType: string): string {
  return `data:${mimeType};charset=utf-8;base64,${base64OfUtf8(parts)}`;
}
