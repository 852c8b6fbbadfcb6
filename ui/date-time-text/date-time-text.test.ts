import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateTimeText, momentText, shownTimeZone, utcText } from './date-time-text';

describe('Date-Time as a person reads it', () => {
  it('gives the local time with its zone named, and the UTC time as exported', () => {
    const rome = dateTimeText('2026-11-20T10:15:00.000Z', 'it', 'short', 'Europe/Rome');
    expect(rome.local).toMatch(/^20\/11\/26.*11:15.*CET$/);
    expect(rome.utc).toBe('2026-11-20 10:15:00 UTC');
    const summer = dateTimeText('2026-07-20T10:15:00.000Z', 'it', 'short', 'Europe/Rome');
    expect(summer.local).toMatch(/12:15.*CEST$/);
    const ny = dateTimeText('2026-11-20T10:15:09.000Z', 'en', 'medium', 'America/New_York');
    expect(ny.local).toMatch(/05:15:09.*EST$/);
  });

  it('keeps text that is not a time as it came', () => {
    expect(dateTimeText('not a date', 'en')).toEqual({ local: 'not a date', utc: 'not a date' });
  });

  it('names the zone times are shown in', () => {
    expect(shownTimeZone('Europe/Rome')).toBe('Europe/Rome');
    expect(shownTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('always says UTC from the ISO text itself, whatever the zone', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.constantFrom('Europe/Rome', 'Asia/Kolkata', 'America/Los_Angeles'), (d, zone) => {
        const iso = d.toISOString();
        const t = dateTimeText(iso, 'en', 'medium', zone);
        expect(t.utc).toBe(utcText(iso));
        expect(t.utc).toBe(`${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`);
      }),
    );
  });
});

describe('momentText', () => {
  it('is the settings pages medium date and short time, in the UI language', () => {
    const ms = Date.UTC(2026, 10, 20, 10, 15);
    expect(momentText(ms, 'en')).toBe(new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' }).format(ms));
    expect(momentText(ms, 'it')).toBe(new Intl.DateTimeFormat('it-IT', { dateStyle: 'medium', timeStyle: 'short' }).format(ms));
    expect(momentText(ms, 'it')).not.toBe(momentText(ms, 'en'));
  });
});
