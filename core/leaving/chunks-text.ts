// An export's chunks read back as text, as a program opening the file decodes it: for the tests and checks that
// compare what was written (the writers themselves only ever make bytes).

/**
 * The UTF-8 text of `chunks` (an export's chunks or their bytes) in order; a BOM stays in the text. Bytes that are
 * not UTF-8 throw: nothing a writer makes may be read back any other way than it was meant.
 */
export function chunksText(chunks: Iterable<Uint8Array | { bytes: Uint8Array }>): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true, fatal: true });
  let text = '';
  for (const c of chunks) text += decoder.decode(c instanceof Uint8Array ? c : c.bytes, { stream: true });
  return text + decoder.decode();
}
