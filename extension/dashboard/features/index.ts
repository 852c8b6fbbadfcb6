// Every feature of the extension that a registry runs, registered here and only here: adding one = adding its file
// and one line. The dashboard augmenter (../dashboard-augmenter.ts) runs DASHBOARD_FEATURES on Partner Center's
// pages; the side panel applies QUICK_VIEWS' filters (extension/panel/panel-filter.ts). A feature carries its code
// (a dashboard feature its page test and mount, a quick view its label and filter); a behaviour with a pipeline of
// its own, like the toolbar's one-click export (extension/toolbar-export/), is not listed here as a bare descriptor.
// features/index.test.ts checks every feature file is listed, documented and carries its code.
import type { DashboardFeature, Feature, QuickViewFeature } from './feature';
import { thisCustomer } from './this-customer';
import { today } from './today';
import { failedOperations } from './failed-operations';
import { orders } from './orders';
import { customerActivityButton } from './customer-activity-button';
import { activityLogPeriodButton } from './activity-log-period-button';

/** Side-panel quick views, in the order their buttons appear. */
export const QUICK_VIEWS: readonly QuickViewFeature[] = [thisCustomer, today, failedOperations, orders];

/** Controls the content script adds to Partner Center dashboard pages. */
export const DASHBOARD_FEATURES: readonly DashboardFeature[] = [customerActivityButton, activityLogPeriodButton];

export const FEATURES: readonly Feature[] = [...QUICK_VIEWS, ...DASHBOARD_FEATURES];
