import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileQuery } from '../../core/asking/activity-query';
import Dexie from 'dexie';
import { ALERT_RULES, alertsFor, type AlertRuleId } from '../../core/archive/alert-rules';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { emptyRecord } from '../../core/record/activity-record';
import { ActivityDb } from './activity-db';
import { importBatch } from './batch-writer';
import { ALERT_CANDIDATES, findAlertRecords } from './alert-records';

const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});
const ALL = new Set<AlertRuleId>(ALERT_RULES.map((r) => r.id));

describe('finding alert records in the archive', () => {
  it('finds through the indexes exactly what the rules find reading every record, newest first', async () => {
    const db = new ActivityDb(`lens-alerts-${Math.random()}`);
    opened.push(db);
    const sample = [...generateSampleRecords({ count: 4000, seed: 11, now: new Date('2026-11-25T00:00:00Z') })];
    const extra = [
      { ...emptyRecord('api'), key: 'id:gdap', id: 'gdap', operationType: 'granular_admin_relationship_expired', operationDate: '2026-11-24T10:00:00.000Z', operationStatus: 'succeeded' },
      { ...emptyRecord('api'), key: 'id:fraud', id: 'fraud', operationType: 'azure_fraud_event_detected', operationDate: '2026-11-24T11:00:00.000Z', operationStatus: 'succeeded' },
    ];
    await importBatch(db, 'sample', 'sample', [sample, extra]);
    const found = await findAlertRecords(db, ALL, 5);
    const expected = alertsFor([...sample, ...extra], ALL);
    expect(found.map((f) => f.ruleId)).toEqual(ALERT_RULES.map((r) => r.id));
    for (const f of found) {
      const mine = expected.filter((e) => e.ruleId === f.ruleId).map((e) => e.record);
      expect(f.total, f.ruleId).toBe(mine.length);
      const newest = [...mine].sort((a, b) => (a.operationDate < b.operationDate ? 1 : -1)).slice(0, 5).map((r) => r.key);
      expect(f.records.map((r) => r.key), f.ruleId).toEqual(newest);
    }
    expect(found.find((f) => f.ruleId === 'azure-fraud')!.total).toBe(1);
    expect(found.find((f) => f.ruleId === 'order-failed')!.total).toBeGreaterThan(0);
    // Only the rules asked for; the sample tells GDAP stories of its own, so ours is one of several.
    const gdapEnded = expected.filter((e) => e.ruleId === 'gdap-ended').length;
    expect(await findAlertRecords(db, new Set(['gdap-ended']))).toEqual([
      { ruleId: 'gdap-ended', total: gdapEnded, records: expect.arrayContaining([expect.objectContaining({ key: 'id:gdap' })]) },
    ]);
  });

  it("never leaves a rule's match out of its candidates, whatever the record", () => {
    const types = [...new Set([...Object.values(ALERT_CANDIDATES).flatMap((c) => c.operationTypes), 'create_customer_user', 'update_order_x', 'dap_admin_relationship_terminated'])];
    fc.assert(
      fc.property(fc.constantFrom(...types), fc.constantFrom('succeeded', 'failed', 'progress', 'decline', ''), fc.constantFrom('order', 'third_party_add_on', 'customer', ''), (operationType, operationStatus, resourceType) => {
        const r = { ...emptyRecord('api'), operationType, operationStatus, resourceType };
        for (const rule of ALERT_RULES) if (rule.matches(r)) expect(compileQuery(ALERT_CANDIDATES[rule.id])(r), rule.id).toBe(true);
      }),
    );
  });

  it("never leaves a rule's match out of its candidates on the sample", () => {
    const sample = [...generateSampleRecords({ count: 20_000, seed: 12, now: new Date('2026-11-25T00:00:00Z') })];
    for (const rule of ALERT_RULES) {
      const candidates = new Set(ALERT_CANDIDATES[rule.id].operationTypes);
      const statuses = ALERT_CANDIDATES[rule.id].statuses;
      const matched = sample.filter((r) => rule.matches(r));
      for (const r of matched) {
        expect(candidates.has(r.operationType), `${rule.id}: ${r.operationType}`).toBe(true);
        if (statuses) expect(statuses).toContain(r.operationStatus);
      }
    }
  });
});
