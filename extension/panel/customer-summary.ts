// The numbers behind "This customer"'s card, read by core's insight readers from the panel's records. Loaded only
// once a customer is followed (a dynamic import), so the readers never weigh on the panel's first load.
import type { Period } from '../../core/asking/activity-query';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { aggregate } from '../../core/insight/insight-aggregator';
import { CustomerStoryAggregator, customerSummary, type CustomerSummary } from '../../core/insight/customer-story';
import { relationshipStateText } from '../../core/insight/insight-text';

export interface CustomerCard {
  summary: CustomerSummary;
  /** GDAP's state in words (DAP's when there is no GDAP relationship but a DAP one). */
  accessText: string;
}

export function customerCard(records: readonly ActivityRecord[], customerId: string, period: Period, lang: Lang): CustomerCard {
  const summary = customerSummary(aggregate(new CustomerStoryAggregator(customerId, period), records));
  const accessText = summary.gdap === 'none' && summary.dap !== 'none' ? `DAP: ${relationshipStateText(summary.dap, lang)}` : relationshipStateText(summary.gdap, lang);
  return { summary, accessText };
}
