// Getting records in, as one job at a time the whole shell shares: the header's Import logs, a drop anywhere, the
// Imports page's sources, Archive coverage's "fetch the days at risk" and the extension's handoff all start one here,
// and the job bar under the header shows its progress, its Cancel, what it brought and its problems on every page.
// Work runs in the import worker (or streams from the extension); this hook only keeps the job's state.
import { useEffect, useRef, useState } from 'preact/hooks';
import { importWorker, Comlink } from '../workers/worker-clients';
import type { ImportOutcome, ImportProgress } from '../workers/import-worker';
import { sampleServerUrl } from '../sample-server-url';
import { knownExtensionBridge } from '../extension-bridge';
import { importHandoff, importThroughExtension, type ExtensionImportOptions } from '../extension-import';
import type { ArchiveImportOutcome } from '../store/archive-import';
import { openActivityDb } from '../store/activity-db';
import { removeBatch } from '../store/batch-writer';
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
  // What the last job brought, worded when shown: switching the language rewords it (it stayed in the old one).
  const [message, setMessage] = useState<((text: AppText) => string) | undefined>(undefined);
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
    setMessage(undefined);
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
      setMessage(() => (t: AppText) => [t.imported(added, dup), ...cut.map((o) => t.fetchCut(o.cut!.message)), ...failed.map((f) => f.error!.message)].join(' '));
    } catch (error) {
      const said = (error as { message?: string })?.message ?? String(error);
      setMessage(() => () => said);
    } finally {
      busyRef.current = false;
      setBusy(undefined);
      onChanged();
    }
  }

  /** An import from the extension, on this thread (the bridge's ports live here), through the one archive import. */
  const fromExtension = async (
    progress: (p: ImportProgress) => void,
    work: (options: ExtensionImportOptions) => Promise<ArchiveImportOutcome>,
  ): Promise<ImportOutcome[]> => {
    abort.current = new AbortController();
    const { tenants: _tenants, ...outcome } = await work({ signal: abort.current.signal, onProgress: progress });
    return [outcome];
  };

  useEffect(() => {
    // The extension opened us with records to hand over.
    const token = new URLSearchParams(window.location.search).get('handoff');
    if (!token || !extensionId) return;
    const params = new URLSearchParams(window.location.search);
    params.delete('handoff');
    history.replaceState(null, '', `?${params}`);
    // What the side panel had loaded: its days hold records, but nothing says they are all there is.
    void run('Activity Lens extension', (p) => fromExtension(p, (o) => importHandoff(openActivityDb(), extensionId, token, o)));
  }, []);

  return {
    busy,
    message: message ? message(text) : '',
    outcomes,
    extensionId,
    importFiles: (files) => {
      if (files.length > 0) void run(files.map((f) => f.name).join(', '), async (p) => importWorker().importFiles(files, p));
    },
    loadSample: () => void run(text.loadSample, async (p) => [await importWorker().loadSample(SAMPLE_COUNT, new Date().toISOString(), p)]),
    fetchSample: (from, to) => void run(text.fetchSample, async (p) => [await importWorker().fetchFromServer(sampleServerUrl(), from, to, p)]),
    fetchExtension: (from, to) =>
      // It runs to its end, unfiltered: the whole period is complete for the tenant(s) it brought.
      void run(text.fetchExtension, (p) => fromExtension(p, (o) => importThroughExtension(openActivityDb(), extensionId!, { from, to }, o))),
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
    dismissMessage: () => setMessage(undefined),
  };
}
