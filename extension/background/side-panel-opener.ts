// Opening the panel where the browser has one: Chrome's sidePanel, Firefox's sidebar. Both only open in
// response to a user action, so callers call this first, before any await.

interface SidePanelApi {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior?(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
}

export interface PanelApis {
  sidePanel?: SidePanelApi;
  sidebarAction?: SidebarActionApi;
}

export function openSidePanel(apis: PanelApis, target: { tabId?: number; windowId?: number }): Promise<void> {
  if (apis.sidePanel) {
    return target.tabId !== undefined ? apis.sidePanel.open({ tabId: target.tabId }) : apis.sidePanel.open({ windowId: target.windowId });
  }
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel.'));
}

/** The toolbar button exports; the panel opens from its menu, the shortcut and the dashboard. */
export async function keepActionForExport(apis: PanelApis): Promise<void> {
  await apis.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
}
