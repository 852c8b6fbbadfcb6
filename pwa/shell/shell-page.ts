// The app's pages as one id each, read from and written to the URL's `view` (the insight views already live there),
// so every page is bookmarkable and Back works. Plain data: the shell draws the navigation from it.
import { INSIGHT_VIEWS, isInsightView, type InsightViewId } from '../views/insight/insight-view-id';

export type ToolPage = 'alerts' | 'coverage' | 'imports' | 'settings';
/** `log` is the activity log (no `view` in the URL); the others are insight views or the tool pages. */
export type ShellPage = 'log' | InsightViewId | ToolPage;

export const TOOL_PAGES: readonly ToolPage[] = ['alerts', 'coverage', 'imports', 'settings'];
/** In the navigation's order: the log, what the log can tell, then the archive's own pages. */
export const SHELL_PAGES: readonly ShellPage[] = ['log', ...INSIGHT_VIEWS, ...TOOL_PAGES];

export function isToolPage(v: string | null | undefined): v is ToolPage {
  return !!v && (TOOL_PAGES as readonly string[]).includes(v);
}

export function pageFromParam(v: string | null): ShellPage {
  return isInsightView(v) || isToolPage(v) ? v : 'log';
}

export function insightOf(page: ShellPage): InsightViewId | undefined {
  return isInsightView(page) ? page : undefined;
}

/** The id of each page's heading, where the focus lands when the page opens (keyboard and screen-reader users). */
export function headingIdOf(page: ShellPage): string {
  if (page === 'log') return 'view-heading';
  if (isInsightView(page)) return 'insight-heading';
  return `${page}-heading`;
}
