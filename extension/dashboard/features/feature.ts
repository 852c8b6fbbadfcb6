// What every extension feature is: one file, named for what the user gets, carrying the code it runs, registered in
// features/index.ts.
import type { ActivityQuery } from '../../../core/asking/activity-query';
import type { Lang } from '../../../core/words/locale';

export interface FeatureInfo {
  /** Stable id, the file's name. */
  id: string;
  /** What the user sees it as, in English (the docs' words). */
  title: string;
  /** One or two sentences for the docs: what the user gets. */
  description: string;
}

/** What a quick view can know when it builds its filter. */
export interface QuickViewContext {
  now: Date;
  /** The customer of the active dashboard tab (or the one the dashboard's "Activity" button asked for). */
  customerId?: string;
}

/** A side-panel toggle that narrows the list in one click. */
export interface QuickViewFeature extends FeatureInfo {
  kind: 'quick-view';
  label(lang: Lang): string;
  /** The filter this view adds; undefined when it cannot apply now (e.g. no customer page is active). */
  query(context: QuickViewContext): ActivityQuery | undefined;
}

/** What a dashboard augmentation gets when its page is showing. */
export interface DashboardMountContext {
  url: URL;
  document: Document;
  lang: Lang;
  /** Sends the request in the click's gesture so the background may open the side panel. */
  openPanel(request: { customerId?: string; customerName?: string; from?: string; to?: string }): void;
  /** Called when the user leaves the page or the content script is invalidated. */
  onCleanup(cleanup: () => void): void;
}

/** Adds a control to a Partner Center dashboard page; never restyles the page (shadow DOM). */
export interface DashboardFeature extends FeatureInfo {
  kind: 'dashboard';
  /** True for the pages this feature augments. */
  matches(url: URL): boolean;
  /** Adds the control once its anchor is on the page; returns false if the anchor never appeared. */
  mount(context: DashboardMountContext): Promise<boolean>;
}

export type Feature = QuickViewFeature | DashboardFeature;
