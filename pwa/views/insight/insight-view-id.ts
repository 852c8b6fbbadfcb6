// The names of the insight views and the Orders view's promotion filter, on their own so the app shell can read the
// URL and draw the navigation without loading the views' code (it loads when a view opens).
export type InsightViewId = 'customer' | 'seat-changes' | 'orders' | 'gdap' | 'users' | 'failures';
export const INSIGHT_VIEWS: readonly InsightViewId[] = ['customer', 'seat-changes', 'orders', 'gdap', 'users', 'failures'];

export function isInsightView(v: string | null | undefined): v is InsightViewId {
  return !!v && (INSIGHT_VIEWS as readonly string[]).includes(v);
}

/** "Was the promotion applied?" as one filter of the Orders view. */
export type PromotionFilter = 'any' | 'with' | 'without';
