import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptyRecord, type ActivityRecord } from '../record/activity-record';
import { ALERT_RULES, alertRuleText, alertsFor, type AlertRuleId } from './alert-rules';
import { generateSampleRecords } from '../../sample-data/sample-generator';

const record = (operationType: string, extra: Partial<ActivityRecord> = {}): ActivityRecord => ({
  ...emptyRecord('api'),
  key: `id:${operationType}-${extra.operationStatus ?? ''}-${extra.resourceType ?? ''}`,
  operationType,
  operationStatus: 'succeeded',
  ...extra,
});
const ALL = new Set<AlertRuleId>(ALERT_RULES.map((r) => r.id));
const rulesOf = (r: ActivityRecord) => alertsFor([r], ALL).map((a) => a.ruleId);

describe('alert rules', () => {
  it.each([
    ['granular_admin_relationship_terminated', 'gdap-ended'],
    ['granular_admin_relationship_expired', 'gdap-ended'],
    ['granular_admin_relationship_termination_requested', 'gdap-ended'],
    ['dap_admin_relationship_terminated_by_microsoft', 'dap-terminated-by-microsoft'],
    ['azure_fraud_event_detected', 'azure-fraud'],
    ['delete_customer', 'customer-removed'],
    ['remove_partner_customer_relationship', 'customer-removed'],
    ['create_partner_user', 'new-partner-user'],
  ])('raises %s as %s', (operationType, rule) => {
    expect(rulesOf(record(operationType))).toEqual([rule]);
  });

  it('raises a failed order, placed or changed, and not one that succeeded or is in progress', () => {
    expect(rulesOf(record('create_order', { resourceType: 'order', operationStatus: 'failed' }))).toEqual(['order-failed']);
    expect(rulesOf(record('update_order', { resourceType: 'order', operationStatus: 'failed' }))).toEqual(['order-failed']);
    expect(rulesOf(record('create_order', { resourceType: 'third_party_add_on', operationStatus: 'failed' }))).toEqual(['order-failed']);
    expect(rulesOf(record('create_order', { resourceType: 'order', operationStatus: 'succeeded' }))).toEqual([]);
    expect(rulesOf(record('create_order', { resourceType: 'order', operationStatus: 'progress' }))).toEqual([]);
    expect(rulesOf(record('update_subscription', { resourceType: 'subscription', operationStatus: 'failed' }))).toEqual([]);
  });

  it('leaves look-alikes alone: a DAP relationship the partner ended, an approved GDAP, an updated partner user', () => {
    for (const type of ['dap_admin_relationship_terminated', 'granular_admin_relationship_approved', 'granular_admin_relationship_activated', 'update_partner_user', 'delete_customer_user', 'add_customer', '']) {
      expect(rulesOf(record(type)), type).toEqual([]);
    }
  });

  it('reads the operation in any case', () => {
    expect(rulesOf(record('Azure_Fraud_Event_Detected'))).toEqual(['azure-fraud']);
    expect(rulesOf(record('CREATE_ORDER', { operationStatus: 'Failed' }))).toEqual(['order-failed']);
  });

  it('raises only the enabled rules, once per record and rule, in record order', () => {
    const records = [record('delete_customer'), record('create_partner_user'), record('azure_fraud_event_detected'), record('update_subscription')];
    expect(alertsFor(records, new Set<AlertRuleId>(['customer-removed', 'azure-fraud'])).map((a) => [a.ruleId, a.record.operationType])).toEqual([
      ['customer-removed', 'delete_customer'],
      ['azure-fraud', 'azure_fraud_event_detected'],
    ]);
    expect(alertsFor(records, new Set())).toEqual([]);
    // Any iterable, e.g. a generator streamed from the store.
    expect(alertsFor((function* () { yield* records; })(), ALL)).toHaveLength(3);
  });

  it('finds in the sample exactly the records each rule describes', () => {
    const sample = [...generateSampleRecords({ count: 3000, seed: 5, now: new Date('2026-11-25T00:00:00Z') })];
    const alerts = alertsFor(sample, ALL);
    expect(alerts.length).toBeGreaterThan(0);
    for (const { ruleId, record: r } of alerts) {
      const rule = ALERT_RULES.find((x) => x.id === ruleId)!;
      expect(rule.matches(r)).toBe(true);
    }
    const failedOrders = sample.filter((r) => /^(create|update)_order$/.test(r.operationType) && r.operationStatus === 'failed');
    expect(alerts.filter((a) => a.ruleId === 'order-failed').map((a) => a.record)).toEqual(failedOrders);
  });

  it('never matches a record no rule names, whatever else it holds', () => {
    const named = new Set([
      'granular_admin_relationship_terminated', 'granular_admin_relationship_expired', 'granular_admin_relationship_termination_requested',
      'dap_admin_relationship_terminated_by_microsoft', 'azure_fraud_event_detected', 'delete_customer',
      'remove_partner_customer_relationship', 'create_order', 'update_order', 'create_partner_user',
    ]);
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('succeeded', 'failed', 'progress', 'decline', ''), (operationType, resourceType, operationStatus) => {
        fc.pre(!named.has(operationType.toLowerCase()));
        expect(rulesOf(record(operationType, { resourceType, operationStatus }))).toEqual([]);
      }),
    );
  });

  it('has a distinct name and a description for every rule in English and Italian, and defaults', () => {
    expect(ALERT_RULES.map((r) => r.id)).toEqual(['gdap-ended', 'dap-terminated-by-microsoft', 'azure-fraud', 'customer-removed', 'order-failed', 'new-partner-user']);
    for (const lang of ['en', 'it'] as const) {
      const names = ALERT_RULES.map((r) => alertRuleText(r.id, lang).name);
      expect(new Set(names).size).toBe(names.length);
      for (const r of ALERT_RULES) expect(alertRuleText(r.id, lang).description.length).toBeGreaterThan(20);
    }
    for (const r of ALERT_RULES) expect(alertRuleText(r.id, 'it').name).not.toBe(alertRuleText(r.id, 'en').name);
    expect(ALERT_RULES.every((r) => typeof r.defaultOn === 'boolean')).toBe(true);
    expect(alertRuleText('gdap-ended', 'it').name).toBe('Relazione GDAP terminata');
  });
});
