import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { emptyRecord, type ActivityRecord } from '../core/record/activity-record';
import type { FetchProgress } from '../core/partner-center/partner-center-client';
import type { AppToExtensionMessage } from '../bridge-contract/app-bridge-protocol';
import { extensionActivitySource } from './extension-activity-source';
import type { BridgeAnswer } from './extension-bridge';
import { importThroughExtension } from './extension-import';
import { ActivityDb, countRecords } from './store/activity-db';
import { loadCoverage } from './store/coverage-store';

const record = (i: number, customerId = 'c-1'): ActivityRecord => ({
  ...emptyRecord('api'),
  key: `id:${i}`,
  id: String(i),
  customerId,
  customerName: customerId === 'c-1' ? 'Contoso' : 'Fabrikam',
  operationType: 'create_order',
  operationDate: `2026-11-2${i % 5}T10:00:00.000Z`,
  partnerId: 'tenant-1',
});

/** An extension that answers from a script, and remembers what it was asked. */
function scriptedExtension(answers: BridgeAnswer[], failWith?: { kind: string; message: string }) {
  const asked: AppToExtensionMessage[] = [];
  const answer = async function* (_origin: string, request: AppToExtensionMessage): AsyncGenerator<BridgeAnswer> {
    asked.push(request);
    for (const a of answers) yield a;
    if (failWith) throw failWith;
  };
  return { answer, asked };
}

describe('the extension as the app\'s activity source', () => {
  it('asks the extension for the period and yields its records page by page, with progress', async () => {
    const ext = scriptedExtension([
      { records: [record(1), record(2)], label: 'Partner Center 2026-11-20 – 2026-11-24', progress: { received: 2, total: 3 } },
      { records: [record(3)], label: 'Partner Center 2026-11-20 – 2026-11-24', progress: { received: 3, total: 3 } },
    ]);
    const source = extensionActivitySource('chrome-extension://abcdefghijklmnopabcdefghijklmnop', ext.answer);
    const progress: FetchProgress[] = [];
    const pages = [];
    for await (const page of source.pages({ from: '2026-11-20', to: '2026-11-24', onProgress: (p) => progress.push(p) })) pages.push(page);
    expect(ext.asked).toEqual([{ type: 'fetch/start', from: '2026-11-20', to: '2026-11-24' }]);
    expect(pages.map((p) => p.records.map((r) => r.id))).toEqual([['1', '2'], ['3']]);
    expect(progress.map((p) => p.records)).toEqual([0, 2, 3, 3]);
    expect(progress[1]!.totalCount).toBe(3);
    expect(source.isSample).toBe(false);
    expect(source.label).toBe('Partner Center 2026-11-20 – 2026-11-24');
  });

  it('sends the customer id to the extension and applies the rest of the query itself', async () => {
    const ext = scriptedExtension([{ records: [record(1), record(2, 'c-2'), record(3)], label: 'x' }]);
    const source = extensionActivitySource('moz-extension://x', ext.answer);
    const kept = [];
    for await (const page of source.pages({ from: '2026-11-20', to: '2026-11-24', query: { customerId: 'c-1', text: 'contoso' } })) kept.push(...page.records);
    expect(ext.asked[0]).toMatchObject({ customerId: 'c-1' });
    expect(kept.map((r) => r.id)).toEqual(['1', '3']);
  });

  it('says it is sample data once the extension labels its answer so', async () => {
    const ext = scriptedExtension([{ records: [record(1)], label: 'Partner Center 2026-11-20 – 2026-11-24 (sample data)' }]);
    const source = extensionActivitySource('moz-extension://x', ext.answer);
    for await (const _ of source.pages({ from: '2026-11-20', to: '2026-11-24' })) void _;
    expect(source.isSample).toBe(true);
  });

  it('passes the extension\'s problem on as it came', async () => {
    const ext = scriptedExtension([], { kind: 'not-signed-in', message: 'Sign in to Partner Center in the extension.' });
    const source = extensionActivitySource('moz-extension://x', ext.answer);
    await expect((async () => {
      for await (const _ of source.pages({ from: '2026-11-20', to: '2026-11-24' })) void _;
    })()).rejects.toEqual({ kind: 'not-signed-in', message: 'Sign in to Partner Center in the extension.' });
  });

  it('a period fetched through it lands as one batch, complete for the tenant it brought; a failed one keeps nothing', async () => {
    const db = new ActivityDb(`ext-source-${Math.random()}`);
    const ok = extensionActivitySource('moz-extension://x', scriptedExtension([{ records: [record(1), record(2)], label: 'x' }]).answer);
    const outcome = await importThroughExtension(db, 'moz-extension://x', { from: '2026-11-20', to: '2026-11-24' }, { source: ok, startedAt: new Date('2026-11-25T08:00:00.000Z') });
    expect(outcome).toMatchObject({ added: 2, label: 'Partner Center 2026-11-20 – 2026-11-24' });
    const coverage = await loadCoverage(db);
    expect(coverage.map((s) => [s.tenantId, s.complete, s.source])).toEqual([['tenant-1', true, 'fetch']]);

    const broken = extensionActivitySource('moz-extension://x', scriptedExtension([{ records: [record(3)], label: 'x' }], { kind: 'disconnected', message: 'gone' }).answer);
    const failed = await importThroughExtension(db, 'moz-extension://x', { from: '2026-11-20', to: '2026-11-24' }, { source: broken, startedAt: new Date('2026-11-25T08:00:00.000Z') });
    expect(failed.error).toEqual({ kind: 'disconnected', message: 'gone' });
    expect(await countRecords(db)).toBe(2);
    expect(await loadCoverage(db)).toHaveLength(1);
  });
});
