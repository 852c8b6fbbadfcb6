// Which alert rules the user keeps on in the app, remembered in this browser: only the choices the user made
// are stored, so a rule added later starts at its default (core ALERT_RULES) instead of silently off.
import { ALERT_RULES, type AlertRuleId } from '../core/archive/alert-rules';

export const ALERT_SETTINGS_KEY = 'activity-lens.alert-rules';

type Choices = Partial<Record<AlertRuleId, boolean>>;

function choices(storage: Storage): Choices {
  try {
    const value = JSON.parse(storage.getItem(ALERT_SETTINGS_KEY) ?? '{}') as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Choices) : {};
  } catch {
    return {};
  }
}

/** The rules that are on: the user's choice where there is one, else the rule's default. */
export function enabledAlertRules(storage: Storage = localStorage): Set<AlertRuleId> {
  const chosen = choices(storage);
  return new Set(ALERT_RULES.filter((r) => (typeof chosen[r.id] === 'boolean' ? chosen[r.id] : r.defaultOn)).map((r) => r.id));
}

/** Remembers that the user turned one rule on or off. */
export function setAlertRule(id: AlertRuleId, on: boolean, storage: Storage = localStorage): Set<AlertRuleId> {
  storage.setItem(ALERT_SETTINGS_KEY, JSON.stringify({ ...choices(storage), [id]: on }));
  return enabledAlertRules(storage);
}
