// The export worker writes each file into the origin private file system and hands the page that file as the
// download. Such a file cannot be deleted as soon as the export ends (the download still reads it), so every
// export first deletes the ones older exports left: a 1.4 GB file per million records would otherwise stay in the
// user's storage for good. Names are unique per export, so two tabs exporting at once never share a file.

/** A temp file is left alone this long after its last write: its download (or another tab's export) may still read it. */
export const EXPORT_FILE_KEEP_MS = 10 * 60_000;

const PREFIX = 'export-';
const SUFFIX = '.tmp';

/** A fresh file name for part `part` (0-based) of one export. */
export function exportFileName(exportId: string, part: number): string {
  return `${PREFIX}${exportId}-${part + 1}${SUFFIX}`;
}

/** An id for one export: time and randomness, so no other export (this tab or another) picks it. */
export function newExportId(now = Date.now(), random = Math.random()): string {
  return `${now.toString(36)}-${Math.floor(random * 36 ** 6).toString(36)}`;
}

export interface TempFileEntry {
  name: string;
  lastModified: number;
}

/** The entries that are our export files and were last written over EXPORT_FILE_KEEP_MS ago. */
export function staleExportFiles(entries: readonly TempFileEntry[], now: number): string[] {
  return entries.filter((e) => e.name.startsWith(PREFIX) && e.name.endsWith(SUFFIX) && now - e.lastModified > EXPORT_FILE_KEEP_MS).map((e) => e.name);
}

interface DirectoryWithEntries {
  entries(): AsyncIterable<[string, FileSystemHandle]>;
  removeEntry(name: string): Promise<void>;
}

/** Deletes the stale export files of `dir`; a file still open elsewhere (locked) is left for the next export. */
export async function clearStaleExportFiles(dir: FileSystemDirectoryHandle, now = Date.now()): Promise<number> {
  const found: TempFileEntry[] = [];
  for await (const [name, handle] of (dir as unknown as DirectoryWithEntries).entries()) {
    if (handle.kind !== 'file' || !name.startsWith(PREFIX)) continue;
    const file = await (handle as FileSystemFileHandle).getFile().catch(() => undefined);
    if (file) found.push({ name, lastModified: file.lastModified });
  }
  let removed = 0;
  for (const name of staleExportFiles(found, now)) {
    try {
      await dir.removeEntry(name);
      removed++;
    } catch {
      // Open in another tab's export (its sync access handle holds a lock): the next export tries again.
    }
  }
  return removed;
}
