// Who and what dominates the current view; picking a customer narrows the view to them.
import type { Lang } from '../../core/words/locale';
import { emptyRecord } from '../../core/record/activity-record';
import { actionText } from '../../core/words/action-text';
import type { ActivityStats } from '../store/view-summary';
import type { AppText } from '../app-text';

export function TopLists({ text, lang, stats, onCustomer }: { text: AppText; lang: Lang; stats: ActivityStats; onCustomer(customerId: string): void }) {
  if (stats.topCustomers.length === 0) return null;
  return (
    <div class="top-lists">
      <section aria-labelledby="top-customers">
        <h3 id="top-customers">{text.topCustomers}</h3>
        <ol>
          {stats.topCustomers.map((c) => (
            <li key={c.customerId || c.name}>
              {c.customerId ? (
                <button type="button" class="link" onClick={() => onCustomer(c.customerId)}>
                  {c.name || c.customerId}
                </button>
              ) : (
                c.name || <span class="no-customer">{text.noCustomer}</span>
              )}{' '}
              ({c.count})
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="top-actions">
        <h3 id="top-actions">{text.topActions}</h3>
        <ol>
          {stats.topActions.map((a) => (
            <li key={`${a.operationType}|${a.resourceType}|${a.actionText}`}>
              {actionText({ ...emptyRecord('api'), operationType: a.operationType, resourceType: a.resourceType, actionText: a.actionText }, lang)} ({a.count})
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
