// The toolbar button's one-click export (pipeline: extension/toolbar-export/run-toolbar-export.ts).
import type { ToolbarFeature } from './feature';

export const toolbarExport: ToolbarFeature = {
  kind: 'toolbar',
  id: 'toolbar-export',
  title: 'One-click export',
  description:
    "Clicking the toolbar button saves the most recent month's activity log (only the current customer's when a customer's page is active) as an Excel CSV in your downloads folder, without opening anything; the badge shows progress and a notification names the file. Its right-click menu and Alt+Shift+L open the side panel.",
};
