// "Keep my archive up to date" and which alert rules notify: on by default (a new user gets both without
// finding Options), each switchable in Options. Kept in storage.local: not secret.
import { browser } from 'wxt/browser';
import { ALERT_RULES, type AlertRuleId } from '../../core/archive/alert-rules';

export interface SyncSettings {
  /** Fetch what is new on a schedule and whenever the app opens (once signed in, or on the sample source). */
  enabled: boolean;
  /** Each rule on or off; a rule missing here takes its default. */
  alertRules: Record<AlertRuleId, boolean>;
}

export const SYNC_SETTINGS_KEY = 'syncSettings';

export function defaultAlertRules(): Record<AlertRuleId, boolean> {
  return Object.fromEntries(ALERT_RULES.map((r) => [r.id, r.defaultOn])) as Record<AlertRuleId, boolean>;
}

export function syncSettingsFrom(value: unknown): SyncSettings {
  const v = (value && typeof value === 'object' ? value : {}) as { enabled?: unknown; alertRules?: Record<string, unknown> };
  const alertRules = defaultAlertRules();
  for (const rule of ALERT_RULES) if (typeof v.alertRules?.[rule.id] === 'boolean') alertRules[rule.id] = v.alertRules[rule.id] as boolean;
  return { enabled: typeof v.enabled === 'boolean' ? v.enabled : true, alertRules };
}

export function enabledAlertRules(s: SyncSettings): Set<AlertRuleId> {
  return new Set(ALERT_RULES.filter((r) => s.alertRules[r.id]).map((r) => r.id));
}

export async function loadSyncSettings(): Promise<SyncSettings> {
  return syncSettingsFrom((await browser.storage.local.get(SYNC_SETTINGS_KEY))[SYNC_SETTINGS_KEY]);
}

export async function saveSyncSettings(s: SyncSettings): Promise<void> {
  await browser.storage.local.set({ [SYNC_SETTINGS_KEY]: s });
}
