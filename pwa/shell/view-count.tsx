// The log's one count, beside its heading so it stays in sight while the rows scroll and in every state of the page
// (reading, counting, nothing matches): what a filter matched, or the period's records when only the period is set.
import type { AppText } from '../app-text';

export function ViewCount({ text, total, exact, filtered }: { text: AppText; total?: number; exact: boolean; filtered: boolean }) {
  return (
    <p role="status" class="row-count" aria-label={text.viewCountLabel}>
      {total === undefined ? text.working : text.viewCount(total, exact, filtered)}
    </p>
  );
}
