// Getting records in: Import logs (button or drop), the sample data, the sample server, and the extension.
// Work runs in the import worker (or streams from the extension) with progress and cancel.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/asking/activity-query';
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

interface Props {
  text: AppText;
  empty: boolean;
  period: ActivityQuery;
  onChanged(): void;
  /** Set (with a new `id`) to fetch these days from the sample server, e.g. the days Archive coverage says are at risk. */
  sampleFetch?: { id: number; from: string; to: string };
}

export function ImportPanel({ text, empty, period, onChanged, sampleFetch }: Props) {
  const [busy, setBusy] = useState<ImportProgress | undefined>(undefined);
  const [message, setMessage] = useState('');
  const [outcomes, setOutcomes] = useState<ImportOutcome[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | undefined>(undefined);
  const extensionId = knownExtensionBridge();

  async function run(label: string, work: (progress: (p: ImportProgress) => void) => Promise<ImportOutcome[]>) {
    setBusy({ label, added: 0, duplicates: 0 });
    setMessage('');
    try {
      const done = await work(Comlink.proxy((p: ImportProgress) => setBusy(p)) as unknown as (p: ImportProgress) => void);
      setOutcomes(done);
      const added = done.reduce((s, o) => s + o.added, 0);
      const dup = done.reduce((s, o) => s + o.duplicates, 0);
      const failed = done.filter((o) => o.error);
      const cut = done.filter((o) => o.cut);
      setMessage([text.imported(added, dup), ...cut.map((o) => text.fetchCut(o.cut!.message)), ...failed.map((f) => f.error!.message)].join(' '));
    } catch (error) {
      setMessage((error as { message?: string })?.message ?? String(error));
    } finally {
      setBusy(undefined);
      onChanged();
    }
  }

  const fetchSample = (from: string, to: string) => run(text.fetchSample, async (p) => [await importWorker().fetchFromServer(sampleServerUrl(), from, to, p)]);
  useEffect(() => {
    if (sampleFetch && !busy) void fetchSample(sampleFetch.from, sampleFetch.to);
  }, [sampleFetch?.id]);

  const importFiles = (files: File[]) => files.length > 0 && run(files.map((f) => f.name).join(', '), async (p) => importWorker().importFiles(files, p));

  useEffect(() => {
    // The extension opened us with records to hand over.
    const token = new URLSearchParams(window.location.search).get('handoff');
    if (!token || !extensionId) return;
    const params = new URLSearchParams(window.location.search);
    params.delete('handoff');
    history.replaceState(null, '', `?${params}`);
    void run('Activity Lens extension', async () => {
      // What the side panel had loaded: its days hold records, but nothing says they are all there is.
      const days = new RecordDayTally();
      const batch = await importBatch(openActivityDb(), 'extension', 'From the Activity Lens extension', days.through(bridgeRecords(extensionId, { type: 'handoff/pull', token })));
      await recordCoverage(openActivityDb(), days.spans('fetch'), { batchId: batch.id });
      return [{ label: batch.label, batchId: batch.id, received: batch.received, added: batch.added, duplicates: batch.duplicates, problemCount: 0, problems: [] }];
    });
  }, []);

  return (
    <div
      class={dragging ? 'import-panel dragging' : 'import-panel'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void importFiles([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <p id="import-hint">{dragging ? text.dropHere : text.importHint}</p>
      <button type="button" disabled={!!busy} aria-describedby="import-hint" onClick={() => input.current?.click()}>
        {text.importLogs}
      </button>
      <label class="visually-hidden">
        {text.importLogs}
        <input
          ref={input}
          type="file"
          multiple
          tabIndex={-1}
          accept=".csv,.json,text/csv,application/json"
          disabled={!!busy}
          onChange={(e) => {
            const el = e.currentTarget as HTMLInputElement;
            const files = [...(el.files ?? [])];
            el.value = '';
            void importFiles(files);
          }}
        />
      </label>
      {empty && (
        <p>
          {text.emptyArchive}{' '}
          <button type="button" disabled={!!busy} onClick={() => run(text.loadSample, async (p) => [await importWorker().loadSample(SAMPLE_COUNT, new Date().toISOString(), p)])}>
            {text.loadSample}
          </button>{' '}
          <small>{text.sampleNote}</small>
        </p>
      )}
      <p>
        <button
          type="button"
          disabled={!!busy}
          onClick={() => fetchSample(period.from ?? '', period.to ?? '')}
        >
          {text.fetchSample}
        </button>{' '}
        {extensionId ? (
          <button
            type="button"
            disabled={!!busy}
            onClick={() =>
              run(text.fetchExtension, async () => {
                abort.current = new AbortController();
                const startedAt = new Date();
                const seen = new RecordDayTally();
                const batch = await importBatch(
                  openActivityDb(),
                  'extension',
                  `Partner Center ${period.from} – ${period.to}`,
                  seen.through(bridgeRecords(extensionId, { type: 'fetch/start', from: period.from ?? '', to: period.to ?? '' }, abort.current.signal)),
                  { signal: abort.current.signal },
                );
                // It ran to its end, unfiltered: the whole period is complete for the tenant(s) it brought.
                await recordCoverage(openActivityDb(), periodFetchSpans(seen.tenants(), period.from ?? '', period.to ?? '', startedAt), { batchId: batch.id });
                return [{ label: batch.label, batchId: batch.id, received: batch.received, added: batch.added, duplicates: batch.duplicates, problemCount: 0, problems: [] }];
              })
            }
          >
            {text.fetchExtension}
          </button>
        ) : (
          <small>{text.noExtension}</small>
        )}
      </p>
      {busy && (
        <div role="status" aria-live="polite">
          {text.working} {busy.label}{' '}
          <progress max={1} value={busy.fraction} aria-label={busy.label} /> {text.number(busy.added)} {text.added}{' '}
          <button
            type="button"
            onClick={() => {
              abort.current?.abort();
              void importWorker().cancel();
            }}
          >
            {text.cancel}
          </button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {outcomes.some((o) => o.problemCount > 0) && (
        <section aria-label={text.problems}>
          <h3>{text.problems}</h3>
          {outcomes
            .filter((o) => o.problemCount > 0)
            .map((o) => (
              <div key={o.label}>
                <h4>
                  {o.label}: {o.problemCount}
                </h4>
                <ul>
                  {o.problems.map((p, i) => (
                    <li key={i}>
                      {p.row !== undefined ? `${text.problemRow} ${p.row}: ` : ''}
                      {p.message}
                    </li>
                  ))}
                </ul>
                <button type="button" onClick={() => setOutcomes(outcomes.filter((x) => x !== o))}>
                  {text.keepGood}
                </button>{' '}
                {o.batchId !== undefined && (
                  <button
                    type="button"
                    onClick={async () => {
                      await removeBatch(openActivityDb(), o.batchId!);
                      setOutcomes(outcomes.filter((x) => x !== o));
                      onChanged();
                    }}
                  >
                    {text.dropFile}: {o.label}
                  </button>
                )}
              </div>
            ))}
        </section>
      )}
    </div>
  );
}
