// The imports that built the archive, newest first, each with an undo that removes exactly what it added.
import type { Batch } from '../store/activity-db';
import { openActivityDb } from '../store/activity-db';
import { removeBatch } from '../store/batch-writer';
import type { AppText } from '../app-text';

export function BatchList({ text, batches, onChanged }: { text: AppText; batches: Batch[]; onChanged(): void }) {
  if (batches.length === 0) return null;
  return (
    <section class="card" aria-labelledby="import-history-heading">
      <h3 id="import-history-heading">{text.importHistory}</h3>
      <ul class="batches">
        {batches.map((b) => (
          <li key={b.id}>
            <span>
              <strong>{b.label}</strong> <span class="muted">{new Date(b.importedAt).toLocaleString()}</span> — {text.number(b.added)} {text.added}, {text.number(b.duplicates)} {text.duplicates}
              {b.problems > 0 ? `, ${b.problems} ${text.problems.toLowerCase()}` : ''}
            </span>{' '}
            <button
              type="button"
              aria-label={`${text.undoImport}: ${b.label}`}
              onClick={async () => {
                await removeBatch(openActivityDb(), b.id!);
                onChanged();
              }}
            >
              {text.undo}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
