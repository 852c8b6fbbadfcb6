// The Imports page's body: every way records come in (files, the sample data, the sample server, Partner Center
// through the extension), whether the extension keeps the archive in sync, and the history of imports with undo.
// The jobs themselves run in the shell (shell/import-jobs.ts), so they go on while the user moves to another page.
import { useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/asking/activity-query';
import type { Lang } from '../../core/words/locale';
import type { Batch } from '../store/activity-db';
import type { ArchiveSyncStatus } from '../archive-sync';
import type { ImportJobs } from '../shell/import-jobs';
import type { AppText } from '../app-text';
import { BatchList } from './batch-list';
import { ExtensionSyncStatus } from './extension-sync-status';

interface Props {
  text: AppText;
  lang: Lang;
  empty: boolean;
  period: ActivityQuery;
  jobs: ImportJobs;
  batches: Batch[];
  sync?: ArchiveSyncStatus;
  delivered?: { added: number; duplicates: number };
  onChooseFiles(): void;
  onChanged(): void;
}

export function ImportPanel({ text, lang, empty, period, jobs, batches, sync, delivered, onChooseFiles, onChanged }: Props) {
  const [dragging, setDragging] = useState(false);
  const busy = !!jobs.busy;
  const from = period.from ?? '';
  const to = period.to ?? '';
  return (
    <>
      <section class="card" aria-labelledby="sources-heading">
        <h3 id="sources-heading">{text.importSources}</h3>
        <div
          class={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            e.stopPropagation();
            setDragging(false);
            jobs.importFiles([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <p id="import-hint">{dragging ? text.dropHere : text.importHint}</p>
          <button type="button" class="primary" disabled={busy} aria-describedby="import-hint" onClick={onChooseFiles}>
            {text.chooseFiles}
          </button>
        </div>
        <ul class="source-list">
          {empty && (
            <li>
              <button type="button" disabled={busy} onClick={jobs.loadSample}>
                {text.loadSample}
              </button>{' '}
              <span class="muted">{text.sampleNote}</span>
            </li>
          )}
          <li>
            <button type="button" disabled={busy} onClick={() => jobs.fetchSample(from, to)}>
              {text.fetchSample}
            </button>{' '}
            <span class="muted">{text.fetchPeriodNote(from, to)}</span>
          </li>
          <li>
            {jobs.extensionId ? (
              <>
                <button type="button" disabled={busy} onClick={() => jobs.fetchExtension(from, to)}>
                  {text.fetchExtension}
                </button>{' '}
                <span class="muted">{text.fetchPeriodNote(from, to)}</span>
              </>
            ) : (
              <span class="muted">{text.noExtension}</span>
            )}
          </li>
        </ul>
        <ExtensionSyncStatus lang={lang} status={sync} delivered={delivered} />
      </section>
      <BatchList text={text} batches={batches} onChanged={onChanged} />
    </>
  );
}
