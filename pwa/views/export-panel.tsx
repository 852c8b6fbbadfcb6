// "Export log": the current view as an Excel-ready CSV (or JSON), built in the export worker by core's one export
// pipeline (core/leaving/export-files.ts), which also names the files. Like Partner Center's
// own Export log it downloads at once to the browser's download folder as activity-log_{from}_{to}.csv; "Save as…"
// (where the browser has File System Access) streams it to a file the user picks instead, for very large exports.
// More than Excel's rows per sheet become several files, each downloaded. On a narrow screen only Export log shows,
// its format, delimiter and Save as… behind an options button beside it.
import { useId, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './outside-press';
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { CsvDelimiter, Lang } from '../../core/words/locale';
import { exportFileName } from '../../core/leaving/export-file-name';
import { exportWorker, Comlink } from '../workers/worker-clients';
import type { ExportProgress } from '../workers/export-worker';
import type { AppText } from '../app-text';
import { saveWithDownloadLink } from '../../ui/download-link/download-link';

interface SavePicker {
  showSaveFilePicker?: (o: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<FileSystemFileHandle>;
}

/** The browser's own download: no dialog, the file lands in the download folder under `name` (the insight views export the same way). */
export function download(blob: Blob, name: string) {
  saveWithDownloadLink(document, blob, name);
}

function savePicker(): SavePicker['showSaveFilePicker'] {
  return typeof window === 'undefined' ? undefined : (window as unknown as SavePicker).showSaveFilePicker?.bind(window);
}

export function ExportPanel({ text, lang, query, defaultDelimiter }: { text: AppText; lang: Lang; query: ActivityQuery; defaultDelimiter: CsvDelimiter }) {
  const [format, setFormat] = useState<'csv' | 'json'>('csv');
  const [delimiter, setDelimiter] = useState<CsvDelimiter | ''>('');
  const [progress, setProgress] = useState<ExportProgress | undefined>(undefined);
  const [message, setMessage] = useState('');
  const canSaveAs = savePicker() !== undefined;
  const [optionsOpen, setOptionsOpen] = useState(false);
  const optionsId = useId();
  const root = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  useOutsidePress(optionsOpen, root, () => setOptionsOpen(false));

  /** `pick`: ask where to save (File System Access, streamed); otherwise download straight away. */
  async function run(pick: boolean) {
    const ext = format;
    const name = exportFileName({ from: query.from ?? '', to: query.to ?? '', ext });
    let handle: FileSystemFileHandle | undefined;
    const picker = savePicker();
    if (pick && picker) {
      try {
        handle = await picker({ suggestedName: name, types: [{ description: ext.toUpperCase(), accept: { [ext === 'csv' ? 'text/csv' : 'application/json']: [`.${ext}`] } }] });
      } catch {
        return; // the user closed the picker
      }
    }
    setMessage('');
    setProgress({ rows: 0, total: 0 });
    try {
      const files = await exportWorker().exportView(
        { query, format, lang, delimiter: delimiter || defaultDelimiter, handle },
        Comlink.proxy((p: ExportProgress) => setProgress(p)) as unknown as (p: ExportProgress) => void,
      );
      // The worker names every file as core does; the picked file (no Blob) is already saved.
      for (const f of files) if (f.blob) download(f.blob, f.name);
      setMessage(text.exportDone(files.length, files.reduce((s, f) => s + f.rows, 0)));
    } catch (error) {
      setMessage((error as { message?: string })?.message ?? String(error));
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <section
      aria-labelledby="export-heading"
      class={optionsOpen ? 'export-panel options-open' : 'export-panel'}
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && optionsOpen) {
          e.stopPropagation();
          setOptionsOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <h3 id="export-heading">{text.exportLog}</h3>
      {/* Shown on narrow screens only, where the options after it fold away behind it. */}
      <button ref={toggle} type="button" class="export-options-toggle subtle icon" aria-expanded={optionsOpen} aria-controls={optionsId} title={text.exportOptions} onClick={() => setOptionsOpen(!optionsOpen)}>
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path d="M2 4h7M12 4h2M2 12h2M7 12h7" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" fill="none" />
          <circle cx="10.5" cy="4" r="1.7" fill="none" stroke="currentColor" stroke-width="1.5" />
          <circle cx="5.5" cy="12" r="1.7" fill="none" stroke="currentColor" stroke-width="1.5" />
        </svg>
        <span class="visually-hidden">{text.exportOptions}</span>
      </button>
      <div id={optionsId} class="export-options" role="group" aria-label={text.exportOptions}>
        <label>
          {text.format}{' '}
          <select value={format} onChange={(e) => setFormat((e.currentTarget as HTMLSelectElement).value as 'csv' | 'json')}>
            <option value="csv">CSV (Excel)</option>
            <option value="json">JSON</option>
          </select>
        </label>{' '}
        <label>
          {text.delimiter}{' '}
          <select value={delimiter} onChange={(e) => setDelimiter((e.currentTarget as HTMLSelectElement).value as CsvDelimiter | '')}>
            <option value="">{defaultDelimiter === ';' ? '; (auto)' : ', (auto)'}</option>
            <option value=",">,</option>
            <option value=";">;</option>
          </select>
        </label>
        {canSaveAs && (
          <>
            {' '}
            <button
              type="button"
              disabled={!!progress}
              onClick={() => {
                setOptionsOpen(false);
                void run(true);
              }}
              title={text.saveAsHint}
            >
              {text.saveAs}
            </button>
          </>
        )}
      </div>{' '}
      <button type="button" class="primary" disabled={!!progress} onClick={() => void run(false)}>
        {text.exportLog}
      </button>
      {progress && (
        <span role="status">
          <progress max={progress.total || 1} value={progress.rows} aria-label={text.exportLog} /> {text.number(progress.rows)} / {text.number(progress.total)}{' '}
          <button type="button" onClick={() => void exportWorker().cancel()}>
            {text.cancel}
          </button>
        </span>
      )}
      {message && <p role="status">{message}</p>}
    </section>
  );
}
