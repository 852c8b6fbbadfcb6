import { describe, expect, it } from 'vitest';
import { ALERT_RULES } from '../core/archive/alert-rules';
import { ALERT_SETTINGS_KEY, enabledAlertRules, setAlertRule } from './alert-settings';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k), clear: () => m.clear(), key: (i) => [...m.keys()][i] ?? null, get length() { return m.size; } };
}

describe('alert rule settings', () => {
  it('start from each rule’s default and keep only what the user chose', () => {
    const storage = memoryStorage();
    expect([...enabledAlertRules(storage)]).toEqual(ALERT_RULES.filter((r) => r.defaultOn).map((r) => r.id));
    setAlertRule('new-partner-user', false, storage);
    expect(enabledAlertRules(storage).has('new-partner-user')).toBe(false);
    expect(JSON.parse(storage.getItem(ALERT_SETTINGS_KEY)!)).toEqual({ 'new-partner-user': false });
    setAlertRule('new-partner-user', true, storage);
    expect(enabledAlertRules(storage).has('new-partner-user')).toBe(true);
  });

  it('falls back to the defaults when the stored value is damaged', () => {
    const storage = memoryStorage();
    storage.setItem(ALERT_SETTINGS_KEY, '{not json');
    expect(enabledAlertRules(storage).size).toBe(ALERT_RULES.filter((r) => r.defaultOn).length);
    storage.setItem(ALERT_SETTINGS_KEY, '["gdap-ended"]');
    expect(enabledAlertRules(storage).size).toBe(ALERT_RULES.filter((r) => r.defaultOn).length);
  });
});
