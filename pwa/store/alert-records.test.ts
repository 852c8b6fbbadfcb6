import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ALERT_RULES, alertsFor, type AlertRuleId } from '../../core/alert-rules';
import { generateSampleRecords } from '../../core/sample-generator';
import { emptyRecord } from '../../core/activity-record';
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
      { ...emptyRecord('api'), key: 'id:fraud', id: 'fraud', operationType: 'Azure_Fraud_Event_Detected', operationDate: '2026-11-24T11:00:00.000Z', operationStatus: 'succeeded' },
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
    expect(await findAlertRecords(db, new Set(['gdap-ended']))).toEqual([{ ruleId: 'gdap-ended', total: 1, records: [expect.objectContaining({ key: 'id:gdap' })] }]);
  });

  it('knows which index holds the candidates of every rule', () => {
    for (const rule of ALERT_RULES) expect(ALERT_CANDIDATES[rule.id], rule.id).toBeDefined();
  });
});
