import { describe, expect, it } from 'vitest';
import { ACTIVITY_LOG_ROLES, formatCount, logText, type LogText } from './log-text';

describe('logText', () => {
  it("uses the dashboard's own words, so a partner recognises the screen in English and Italian", () => {
    const seed: [keyof LogText, string, string][] = [
      ['from', 'From', 'Da'],
      ['to', 'to', 'a'],
      ['dateTime', 'Date-Time', 'Data-ora'],
      ['affectedCustomer', 'Affected customer', 'Cliente interessato'],
      ['action', 'Action', 'Azione'],
      ['partnerUser', 'Partner user', 'Utente partner'],
      ['subscriptions', 'Subscriptions', 'Sottoscrizioni'],
      ['exportLog', 'Export log', 'Esporta log'],
      ['activityLog', 'Activity Log', 'Log attività'],
      ['accountSettings', 'Account settings', 'Impostazioni account'],
    ];
    for (const [key, en, it_] of seed) {
      expect(logText('en')[key], key).toBe(en);
      expect(logText('it')[key], key).toBe(it_);
    }
  });

  it('has every string in both languages, and translates all but names', () => {
    const en = logText('en');
    const it_ = logText('it');
    const sameOnPurpose = new Set<keyof LogText>(['appName']);
    for (const key of Object.keys(en) as (keyof LogText)[]) {
      const text = (value: LogText[keyof LogText]) =>
        typeof value === 'function' ? (value as (a: never, b: number) => string)(3 as never, 1_048_576) : value;
      const textA = text(en[key]);
      const textB = text(it_[key]);
      expect(typeof textA, key).toBe('string');
      expect(String(textA).trim(), key).not.toBe('');
      expect(String(textB).trim(), key).not.toBe('');
      if (!sameOnPurpose.has(key)) expect(textB, key).not.toBe(textA);
    }
  });

  it('tells a user without the right role which roles may read the activity log', () => {
    for (const lang of ['en', 'it'] as const) {
      const message = logText(lang).forbiddenRoles;
      expect(message).toContain('403');
      for (const role of ACTIVITY_LOG_ROLES[lang]) expect(message).toContain(role);
    }
    expect(ACTIVITY_LOG_ROLES.en).toEqual(['Global admin', 'Billing admin', 'User management admin', 'Admin agent', 'Sales agent', 'Helpdesk agent']);
  });

  it('says clearly that sample data is not the partner\'s own Partner Center', () => {
    expect(logText('en').sampleDataExplanation).toMatch(/sample data, not your Partner Center/i);
    expect(logText('it').sampleDataExplanation).toMatch(/non del tuo Partner Center/);
  });

  it('counts records with the locale\'s digit grouping', () => {
    expect(formatCount('en', 1)).toBe('1 record');
    expect(formatCount('en', 1234)).toBe('1,234 records');
    // Italian groups from five digits (CLDR minimum grouping digits).
    expect(formatCount('it', 12345)).toBe('12.345 record');
    expect(logText('it').recordsCount(0)).toBe('0 record');
    expect(logText('en').exportedFiles(2, 1_048_576)).toContain('1,048,576');
  });
});
