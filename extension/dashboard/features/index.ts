// Every feature of the extension, registered here and only here: adding a feature = adding its file and one line.
// features/index.test.ts checks every feature file is listed and documented.
import type { DashboardFeature, Feature, QuickViewFeature, ToolbarFeature } from './feature';
import { thisCustomer } from './this-customer';
import { today } from './today';
import { failedOperations } from './failed-operations';
import { orders } from './orders';
import { customerActivityButton } from './customer-activity-button';
import { activityLogPeriodButton } from './activity-log-period-button';
import { toolbarExport } from './toolbar-export';

/** Side-panel quick views, in the order their buttons appear. */
export const QUICK_VIEWS: readonly QuickViewFeature[] = [thisCustomer, today, failedOperations, orders];

/** Controls the content script adds to Partner Center dashboard pages. */
export const DASHBOARD_FEATURES: readonly DashboardFeature[] = [customerActivityButton, activityLogPeriodButton];

export const TOOLBAR_FEATURES: readonly ToolbarFeature[] = [toolbarExport];

export const FEATURES: readonly Feature[] = [...QUICK_VIEWS, ...DASHBOARD_FEATURES, ...TOOLBAR_FEATURES];
