// Getting records in, as one job at a time the whole shell shares: the header's Import logs, a drop anywhere, the
// Imports page's sources, Archive coverage's "fetch the days at risk" and the extension's handoff all start one here,
// and the job bar under the header shows its progress, its Cancel, what it brought and its problems on every page.
// Work runs in the import worker (or streams from the extension); this hook only keeps the job's state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { importWorker, Comlink } from '../workers/worker-clients';
import type { ImportOutcome, ImportProgress } from '../workers/import-worker';
import { sampleServerUrl } from '../sample-server-url';
import { bridgeRecords, knownExtensionBridge } from '../extension-bridge';
import { openActivityDb } from '../store/activity-db';
import { importBatch, removeBatch } from '../store/batch-writer';
import { recordCoverage } from '../store/coverage-store';
import { periodFetchSpans, RecordDayTally } from '../../core/archive/coverage-spans';
import type { AppText } from '../app-text';

/** Sample size for a first look: a busy partner's 90 days. */
export const SAMPLE_COUNT = 20_000;

export interface ImportJobs {
  busy?: ImportProgress;
  message: string;
  /** Outcomes of the last job that still have problems to decide on. */
  outcomes: ImportOutcome[];
  extensionId?: string;
  importFiles(files: File[]): void;
  loadSample(): void;
  fetchSample(from: string, to: string): void;
  fetchExtension(from: string, to: string): void;
  cancel(): void;
  keepGood(o: ImportOutcome): void;
  dropFile(o: ImportOutcome): void;
  dismissMessage(): void;
}

export function useImportJobs(text: AppText, onChanged: () => void): ImportJobs {
  const [busy, setBusy] = useState<ImportProgress | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const abort = useRef<AbortController | undefined>(undefined);
  const busyRef = useRef(false);
  /** Which run the progress belongs to. */
  const runs = useRef(0);
  const extensionId = knownExtensionBridge();

  async function run(label: string, work: (progress: (p: ImportProgress) => void) => Promise<ImportOutcome[]>) {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy({ label, added: 0, duplicates: 0 });
    setMessage('');
    try {
      // The worker's progress calls come over their own port and may land after its answer: one arriving once this
      // run has ended must not bring the "Working…" bar back over the result (it stayed there, hiding the message).
      const run = ++runs.current;
      const onProgress = (p: ImportProgress) => {
        if (busyRef.current && runs.current === run) setBusy(p);
      };
      const done = await work(Comlink.proxy(onProgress) as unknown as (p: ImportProgress) => void);
      setOutcomes(done);
      const added = done.reduce((s, o) => s + o.added, 0);
      const dup = done.reduce((s, o) => s + o.duplicates, 0);
      const failed = done.filter((o) => o.error);
      const cut = done.filter((o) => o.cut);
      setMessage([text.imported(added, dup), ...cut.map((o) => text.fetchCut(o.cut!.message)), ...failed.map((f) => f.error!.message)].join(' '));
    } catch (error) {
      setMessage((error as { message?: string })?.message ?? String(error));
    } finally {
      busyRef.current = false;
      setBusy(undefined);
      onChanged();
    }
  }

  const extensionBatch = async (label: string, request: Parameters<typeof bridgeRecords>[1], spans: (seen: RecordDayTally, startedAt: Date) => Parameters<typeof recordCoverage>[1]) => {
    abort.current = new AbortController();
    const startedAt = new Date();
    const seen = new RecordDayTally();
    const batch = await importBatch(openActivityDb(), 'extension', label, seen.through(bridgeRecords(extensionId!, request, abort.current.signal)), { signal: abort.current.signal });
    await recordCoverage(openActivityDb(), spans(seen, startedAt), { batchId: batch.id });
    return [{ label: batch.label, batchId: batch.id, received: batch.received, added: batch.added, duplicates: batch.duplicates, problemCount: 0, problems: [] }];
  };

  useEffect(() => {
    // The extension opened us with records to hand over.
    const token = new URLSearchParams(window.location.search).get('handoff');
    if (!token || !extensionId) return;
    const params = new URLSearchParams(window.location.search);
    params.delete('handoff');
    history.replaceState(null, '', `?${params}`);
    // What the side panel had loaded: its days hold records, but nothing says they are all there is.
    void run('Activity Lens extension', () => extensionBatch('From the Activity Lens extension', { type: 'handoff/pull', token }, (days) => days.spans('fetch')));
  }, []);

  return {
    busy,
    message,
    outcomes,
    extensionId,
    importFiles: (files) => {
      if (files.length > 0) void run(files.map((f) => f.name).join(', '), async (p) => importWorker().importFiles(files, p));
    },
    loadSample: () => void run(text.loadSample, async (p) => [await importWorker().loadSample(SAMPLE_COUNT, new Date().toISOString(), p)]),
    fetchSample: (from, to) => void run(text.fetchSample, async (p) => [await importWorker().fetchFromServer(sampleServerUrl(), from, to, p)]),
    fetchExtension: (from, to) =>
      void run(text.fetchExtension, () =>
        // It ran to its end, unfiltered: the whole period is complete for the tenant(s) it brought.
        extensionBatch(`Partner Center ${from} – ${to}`, { type: 'fetch/start', from, to }, (seen, startedAt) => periodFetchSpans(seen.tenants(), from, to, startedAt)),
      ),
    cancel: () => {
      abort.current?.abort();
      void importWorker().cancel();
    },
    keepGood: (o) => setOutcomes((list) => list.filter((x) => x !== o)),
    dropFile: (o) => {
      if (o.batchId === undefined) return;
      void removeBatch(openActivityDb(), o.batchId).then(() => {
        setOutcomes((list) => list.filter((x) => x !== o));
        onChanged();
      });
    },
    dismissMessage: () => setMessage(''),
  };
}
