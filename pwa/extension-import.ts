// The app's two ways of taking records from the extension on the main thread, as one archive import each: what the
// side panel handed over (a handoff), and a period fetched through the extension's sign-in (its ActivitySource).
// (The automatic sync's deliveries are archive-sync.ts's.)
import type { ActivityDb } from './store/activity-db';
import { importToArchive, type ArchiveImportOutcome, type ArchiveImportProgress, type RecordsChunk } from './store/archive-import';
import { bridgeRecords } from './extension-bridge';
import { extensionActivitySource } from './extension-activity-source';

export interface ExtensionImportOptions {
  signal?: AbortSignal;
  onProgress?: (p: ArchiveImportProgress) => void;
}

/** What the side panel had loaded: its days hold records, but nothing says they are all there is. */
export async function importHandoff(db: ActivityDb, bridgeOrigin: string, token: string, options: ExtensionImportOptions = {}): Promise<ArchiveImportOutcome> {
  async function* chunks(): AsyncGenerator<RecordsChunk> {
    for await (const records of bridgeRecords(bridgeOrigin, { type: 'handoff/pull', token }, options.signal)) yield { records };
  }
  return importToArchive(db, chunks(), {
    kind: 'extension',
    label: 'From the Activity Lens extension',
    coverage: { kind: 'record-days', source: 'fetch' },
    writeChunk: 0,
    ...options,
  });
}

/** The period, unfiltered, through the extension: once it has all arrived, the period is complete for the tenants it brought. */
export async function importThroughExtension(
  db: ActivityDb,
  bridgeOrigin: string,
  period: { from: string; to: string },
  options: ExtensionImportOptions & { source?: ReturnType<typeof extensionActivitySource>; startedAt?: Date } = {},
): Promise<ArchiveImportOutcome> {
  const source = options.source ?? extensionActivitySource(bridgeOrigin);
  const startedAt = options.startedAt ?? new Date();
  async function* chunks(): AsyncGenerator<RecordsChunk> {
    for await (const page of source.pages({ from: period.from, to: period.to, signal: options.signal })) yield { records: page.records };
  }
  return importToArchive(db, chunks(), {
    kind: 'extension',
    label: `Partner Center ${period.from} – ${period.to}`,
    coverage: { kind: 'whole-period', from: period.from, to: period.to, startedAt },
    signal: options.signal,
    onProgress: options.onProgress,
    writeChunk: 0,
  });
}
