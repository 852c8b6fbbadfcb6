// Options: "Keep my archive up to date" (on by default), what the last fetch did and what waits for the app, and
// each alert rule on or off. Rendering only: the sync itself runs in the background (archive-sync-service.ts).
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { ALERT_RULES, alertRuleText } from '../../core/archive/alert-rules';
import { loadSyncSettings, saveSyncSettings, type SyncSettings } from '../data-source/sync-settings';
import type { SyncStatus } from '../background/archive-sync-service';
import { watchSyncState } from '../background/sync-state';
import { optionsText } from './options-text';
import { momentText } from '../../ui/date-time-text/date-time-text';

export interface SyncSectionDeps {
  /** Asks the background (sync/status, sync/now). */
  status(): Promise<SyncStatus | undefined>;
  syncNow(): Promise<unknown>;
  fetchDaysAtRisk(): Promise<unknown>;
}

export function SyncSection(props: { lang: Lang; deps: SyncSectionDeps }) {
  const t = optionsText(props.lang);
  const [settings, setSettings] = useState<SyncSettings | undefined>();
  const [status, setStatus] = useState<SyncStatus | undefined>();
  const [busy, setBusy] = useState(false);

  const refresh = () => void props.deps.status().then(setStatus, () => undefined);
  useEffect(() => {
    void loadSyncSettings().then(setSettings);
    refresh();
    // The background's sync (an alarm, the app acking a delivery) changes what is waiting: follow it.
    let stop: (() => void) | undefined;
    let live = true;
    void watchSyncState(() => refresh()).then((unsubscribe) => (live ? (stop = unsubscribe) : unsubscribe()));
    return () => {
      live = false;
      stop?.();
    };
  }, []);

  const change = async (next: SyncSettings) => {
    setSettings(next);
    await saveSyncSettings(next);
  };
  const time = (ms: number) => momentText(ms, props.lang);
  if (!settings) return null;
  const last = status?.lastSync;
  const risk = status?.daysAtRisk ?? [];

  return (
    <section aria-labelledby="sync-heading">
      <h2 id="sync-heading">{t.syncHeading}</h2>
      <div class="choice">
        <input type="checkbox" id="keep-up-to-date" checked={settings.enabled} aria-describedby="keep-up-to-date-hint"
          onChange={(e) => void change({ ...settings, enabled: (e.currentTarget as HTMLInputElement).checked })} />
        <label for="keep-up-to-date">{t.keepUpToDate}</label>
        <p id="keep-up-to-date-hint" class="hint">{t.keepUpToDateHint}</p>
      </div>
      <div role="status" aria-live="polite" data-testid="sync-status">
        <p>{busy ? t.syncing : last ? (last.ok ? t.lastSyncOk(time(last.at), last.fetched ?? 0) : t.lastSyncFailed(time(last.at), last.message ?? '')) : t.neverSynced}</p>
        {status && <p>{t.waiting(status.waitingRecords)}</p>}
        {risk.length > 0 && <p class="problem">{t.atRisk(risk.length, risk[0]!.day, risk[0]!.losesOn)}</p>}
      </div>
      {risk.some((d) => !d.waiting) && (
        <button type="button" disabled={busy} onClick={async () => {
          setBusy(true);
          try {
            await props.deps.fetchDaysAtRisk();
          } finally {
            setBusy(false);
            refresh();
          }
        }}>{t.fetchAtRisk}</button>
      )}
      <button type="button" disabled={busy} onClick={async () => {
        setBusy(true);
        try {
          await props.deps.syncNow();
        } finally {
          setBusy(false);
          refresh();
        }
      }}>{t.syncNow}</button>

      <h3 id="alert-rules-heading">{t.alertsHeading}</h3>
      <p class="hint">{t.alertsIntro}</p>
      <fieldset aria-labelledby="alert-rules-heading">
        {ALERT_RULES.map((rule) => {
          const words = alertRuleText(rule.id, props.lang);
          return (
            <div class="choice" key={rule.id}>
              <input type="checkbox" id={`alert-${rule.id}`} checked={settings.alertRules[rule.id]} aria-describedby={`alert-${rule.id}-hint`}
                onChange={(e) => void change({ ...settings, alertRules: { ...settings.alertRules, [rule.id]: (e.currentTarget as HTMLInputElement).checked } })} />
              <label for={`alert-${rule.id}`}>{words.name}</label>
              <p id={`alert-${rule.id}-hint`} class="hint">{words.description}</p>
            </div>
          );
        })}
      </fieldset>
    </section>
  );
}
