import { describe, expect, it } from 'vitest';
import { ActivityLogStore } from './activity-log-store';
import type { ActivitySource } from '../data-source/activity-source';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { PartnerCenterError, forbiddenError } from '../../core/partner-center/partner-center-error';
import type { FetchedPage } from '../../core/partner-center/partner-center-client';
import type { ActivityRecord } from '../../core/record/activity-record';

const now = new Date('2026-11-25T08:00:00Z');
const period = { from: '2026-10-25', to: '2026-11-25' };

function sample(count: number): ActivityRecord[] {
  return [...generateSampleRecords({ count, seed: 7, now, days: 30 })];
}

function sourceOf(pages: () => AsyncGenerator<FetchedPage>, isSample = true): ActivitySource {
  return { settings: { kind: 'sample', sampleUrl: 'http://127.0.0.1:1' }, isSample, pages };
}

describe('the side panel’s records for a period', () => {
  it('shows records as pages arrive and is ready when the last one came', async () => {
    const records = sample(30);
    const seen: number[] = [];
    const store = new ActivityLogStore(async () =>
      sourceOf(async function* () {
        yield { records: records.slice(0, 10), chunk: 1, chunks: 2 };
        yield { records: records.slice(10), chunk: 2, chunks: 2 };
      }), period);
    store.subscribe((s) => seen.push(s.records.length));
    await store.load();
    expect(store.state.load.status).toBe('ready');
    expect(store.state.records).toHaveLength(30);
    expect(store.state.isSample).toBe(true);
    expect(seen).toContain(10);
  });

  it('says which designed state a failure is: 403 is a roles problem, not signed in asks to sign in', async () => {
    const failing = (error: unknown) => new ActivityLogStore(async () => sourceOf(async function* () { throw error; }), period);
    const forbidden = failing(forbiddenError());
    await forbidden.load();
    expect(forbidden.state.load).toMatchObject({ status: 'problem', problem: { kind: 'forbidden' } });
    const down = failing(new PartnerCenterError('network', 'Partner Center could not be reached.'));
    await down.load();
    expect(down.state.load).toMatchObject({ status: 'problem', problem: { kind: 'network' } });
    const notSignedIn = new ActivityLogStore(async () => { throw Object.assign(new Error('x'), { name: 'NotSignedInError', kind: 'not-signed-in' }); }, period);
    await notSignedIn.load();
    expect(notSignedIn.state.load).toMatchObject({ status: 'problem', problem: { kind: 'not-signed-in' } });
  });

  it('a new period replaces the one still loading: late pages of the old period never show', async () => {
    const records = sample(20);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const store = new ActivityLogStore(async () =>
      sourceOf(async function* () {
        await gate;
        yield { records, chunk: 1, chunks: 1 };
      }), period);
    const first = store.load();
    const second = store.load({ from: '2026-11-01', to: '2026-11-02' });
    release();
    await Promise.all([first, second]);
    expect(store.state.period).toEqual({ from: '2026-11-01', to: '2026-11-02' });
    expect(store.state.records).toHaveLength(20);
  });

  it('cancel keeps what arrived and stops loading', async () => {
    const records = sample(5);
    const store = new ActivityLogStore(async () =>
      sourceOf(async function* () {
        yield { records, chunk: 1, chunks: 2 };
        await new Promise(() => undefined);
      }), period);
    void store.load();
    await new Promise((r) => setTimeout(r, 10));
    store.cancel();
    expect(store.state.records).toHaveLength(5);
    expect(store.state.load).toMatchObject({ status: 'problem', problem: { kind: 'cancelled' } });
  });
});
