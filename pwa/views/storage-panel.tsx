// How much space the archive takes and whether the browser promised to keep it; "Delete all data".
import { useEffect, useState } from 'preact/hooks';
import { clearArchive, openActivityDb } from '../store/activity-db';
import type { AppText } from '../app-text';

const mb = (n: number | undefined) => (n === undefined ? '?' : `${(n / 1_048_576).toFixed(1)} MB`);

/** `version` changes whenever the archive did (an import, an undo), so the space shown follows it. */
export function StoragePanel({ text, version, onChanged }: { text: AppText; version: number; onChanged(): void }) {
  const [estimate, setEstimate] = useState<StorageEstimate | undefined>(undefined);
  const [persisted, setPersisted] = useState<boolean | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);

  const refresh = () => {
    void navigator.storage?.estimate?.().then(setEstimate);
  };
  useEffect(refresh, [version]);
  useEffect(() => {
    void (async () => {
      const s = navigator.storage;
      if (!s?.persisted) return;
      setPersisted((await s.persisted()) || (await s.persist?.().catch(() => false)) || false);
    })();
  }, []);

  return (
    <section aria-labelledby="storage-heading" class="card storage">
      <h3 id="storage-heading">{text.storage}</h3>
      <p>
        {mb(estimate?.usage)} {text.used}, {mb(estimate?.quota)} {text.available}. {persisted ? text.persistent : text.notPersistent}.
      </p>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="confirm-delete" aria-modal="false">
          <p id="confirm-delete">{text.confirmDelete}</p>
          <button
            type="button"
            onClick={async () => {
              await clearArchive(openActivityDb());
              setConfirming(false);
              refresh();
              onChanged();
            }}
          >
            {text.deleteAll}
          </button>{' '}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {text.cancel}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {text.deleteAll}
        </button>
      )}
    </section>
  );
}
