// The side panel's log: the shared log table over the records fetched for the period, sorted in memory by the header
// the user clicks, details opening under their row (the panel is too narrow for a pane), dashboard links in a tab.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ActivityRecord } from '../../core/record/activity-record';
import type { Lang } from '../../core/words/locale';
import { LogTable } from '../../ui/log-table/log-table';
import { NEWEST_FIRST, type LogSort } from '../../ui/log-table/log-columns';
import { useSortedRows } from '../../ui/log-table/memory-rows';
import { panelText } from './panel-text';

export interface PanelLogProps {
  records: readonly ActivityRecord[];
  lang: Lang;
  /** The count line, always in view above the rows. */
  status?: ComponentChildren;
  /** Opens a dashboard URL (tabs.create, so the page opens beside the panel). */
  openLink?: (url: string) => void;
  /** A record to open and scroll to (an alert notification's click). */
  focusKey?: string;
}

export function PanelLog({ records, lang, status, openLink, focusKey }: PanelLogProps) {
  const [sort, setSort] = useState<LogSort>(NEWEST_FIRST);
  const rows = useSortedRows(records, sort, lang);
  return (
    <LogTable
      rows={rows}
      rowsKey={rows}
      lang={lang}
      label={panelText(lang).activityTable}
      status={status}
      details="inline"
      sort={sort}
      onSort={setSort}
      preferencesKey="activity-lens.panel-table"
      openLink={openLink}
      focusKey={focusKey}
      fill
    />
  );
}
