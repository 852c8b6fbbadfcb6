import { describe, expect, it } from 'vitest';
import type { AuditRecordJson } from '../core/record/audit-record-json';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';
import { aggregate } from '../core/insight/insight-aggregator';
import { FailureAggregator } from '../core/insight/operation-failures';
import { OrderLineAggregator } from '../core/insight/order-lines';
import { RelationshipAggregator } from '../core/insight/relationship-lifecycle';
import { SeatChangeAggregator } from '../core/insight/seat-changes';
import { FORMULA_LOOKING_VALUES, generateAuditRecords, generateSampleRecords, SAMPLE_CUSTOMERS, SAMPLE_OPERATIONS } from './sample-generator';

const now = new Date('2026-11-25T07:00:00.000Z');
const DAY = 86_400_000;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

// SPEC §2, as documented.
const SPEC_RESOURCE_TYPES = `customer, customer_user, order, subscription, license, third_party_add_on, mpn_association, transfer,
  application, application_credential, partner_user, partner_relationship, partner_customer_dap, customer_directory_role, referral,
  software_key, software_download_link, spending_limit, invoice, agreement, partner_customer_relationship, self_serve_policy,
  granular_admin_relationship, granular_admin_access_assignment, credit, software_page, device, policy`.split(/,\s*/);
const SPEC_OPERATION_TYPES = `update_customer_qualification, update_subscription, upgrade_subscription, convert_trial_subscription,
  add_customer, update_customer_billing_profile, update_customer_partner_contract_company_name, update_customer_spending_budget,
  delete_customer, remove_partner_customer_relationship, create_order, update_order, create_customer_user, delete_customer_user,
  update_customer_user, update_customer_user_licenses, reset_customer_user_password, update_customer_user_principal_name,
  restore_customer_user, create_mpn_association, update_mpn_association, update_sfb_customer_user_licenses, update_transfer,
  create_partner_relationship, register_application, unregister_application, add_application_credential,
  remove_application_credential, create_partner_user, update_partner_user, create_self_serve_policy, update_self_serve_policy,
  delete_self_serve_policy, remove_partner_relationship, delete_tip_customer, create_related_referral, update_related_referral,
  create_referral, update_referral, get_software_key, get_software_download_link, increase_spending_limit, ready_invoice,
  create_agreement, extend_relationship, create_transfer, dap_admin_relationship_approved, dap_admin_relationship_terminated,
  add_user_member, remove_user_member`.split(/,\s*/);

const sample: AuditRecordJson[] = [...generateAuditRecords({ count: 5000, seed: 42, now })];

function json(text: string): unknown {
  return JSON.parse(text);
}

describe('generateAuditRecords', () => {
  it('makes the same records for the same count, seed and time, and others for another seed', () => {
    expect([...generateAuditRecords({ count: 5000, seed: 42, now })]).toEqual(sample);
    const a = [...generateAuditRecords({ count: 300, seed: 7, now })];
    const b = [...generateAuditRecords({ count: 300, seed: 7, now })];
    expect(a).toEqual(b);
    const c = [...generateAuditRecords({ count: 300, seed: 8, now })];
    expect(c.map((r) => r.id)).not.toEqual(a.map((r) => r.id));
  });

  it('makes exactly as many records as asked', () => {
    expect(sample).toHaveLength(5000);
    expect([...generateAuditRecords({ count: 0, now })]).toHaveLength(0);
    expect([...generateAuditRecords({ count: 1, now })]).toHaveLength(1);
    expect(new Set(sample.map((r) => r.id)).size).toBe(5000);
  });

  it('spreads records over the last 90 days, newest first', () => {
    const times = sample.map((r) => Date.parse(r.operationDate));
    for (const t of times) {
      expect(t).toBeLessThanOrEqual(now.getTime());
      expect(t).toBeGreaterThan(now.getTime() - 90 * DAY);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]);
    expect(times[0]).toBeGreaterThan(now.getTime() - DAY);
    expect(times[times.length - 1]).toBeLessThan(now.getTime() - 89 * DAY);
    for (const r of sample) expect(r.operationDate).toBe(new Date(r.operationDate).toISOString());
  });

  it('honours a shorter period', () => {
    const week = [...generateAuditRecords({ count: 500, seed: 1, now, days: 7 })];
    for (const r of week) expect(Date.parse(r.operationDate)).toBeGreaterThan(now.getTime() - 7 * DAY);
  });

  it('uses every documented resource type, operation type and status, and ~1% future operation types', () => {
    const resources = new Set(sample.map((r) => r.resourceType));
    const operations = new Set(sample.map((r) => r.operationType));
    expect(SPEC_RESOURCE_TYPES.filter((t) => !resources.has(t))).toEqual([]);
    expect(SPEC_OPERATION_TYPES.filter((t) => !operations.has(t))).toEqual([]);
    expect(new Set(sample.map((r) => r.operationStatus))).toEqual(new Set(['succeeded', 'failed', 'progress', 'decline']));
    expect(sample.filter((r) => r.operationStatus === 'succeeded').length).toBeGreaterThan(4000);
    const future = sample.filter((r) => !SPEC_OPERATION_TYPES.includes(r.operationType));
    expect(future.length).toBeGreaterThan(10);
    expect(future.length).toBeLessThan(150);
    expect(future.map((r) => r.operationType)).toContain('update_copilot_seat_assignment');
  });

  it('pairs operations with the resource they act on', () => {
    const pairs = new Set(sample.map((r) => `${r.operationType}→${r.resourceType}`));
    expect(pairs).toContain('create_order→order');
    expect(pairs).toContain('update_customer_user_licenses→license');
    expect(pairs).toContain('update_subscription→subscription');
    expect(pairs).toContain('reset_customer_user_password→customer_user');
    expect(pairs).not.toContain('create_order→customer_user');
    for (const op of SAMPLE_OPERATIONS) expect(pairs).toContain(`${op.operationType}→${op.resourceType}`);
  });

  it('writes orders of one to six products, listed both in the order JSON and in customizedData', () => {
    const orders = sample.filter((r) => r.operationType === 'create_order');
    const sizes = new Set<number>();
    for (const order of orders) {
      const value = json(order.resourceNewValue) as { id: string; referenceCustomerId: string; status: string; lineItems: { lineItemNumber: number; offerId: string; subscriptionId: string; friendlyName: string; quantity: number }[] };
      expect(value.referenceCustomerId).toBe(order.customerId);
      expect(value.status).toBe('completed');
      sizes.add(value.lineItems.length);
      const data = new Map(order.customizedData.map((kv) => [kv.key, kv.value]));
      expect(data.get('OrderId')).toBe(value.id);
      expect(data.get('ProductCount')).toBe(String(value.lineItems.length));
      value.lineItems.forEach((item, i) => {
        expect(item.lineItemNumber).toBe(i);
        expect(item.subscriptionId).toMatch(GUID);
        expect(data.get(`ProductName_${i}`)).toBe(item.friendlyName);
        expect(data.get(`Quantity_${i}`)).toBe(String(item.quantity));
        expect(data.get(`OfferId_${i}`)).toBe(item.offerId);
      });
      expect(new Set(value.lineItems.map((item) => item.offerId)).size).toBe(value.lineItems.length);
    }
    expect([...sizes].sort()).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('shows what changed in subscription and user updates as old and new JSON', () => {
    const updates = sample.filter((r) => r.operationType === 'update_subscription');
    const changed = new Set<string>();
    for (const r of updates) {
      const before = json(r.resourceOldValue) as Record<string, unknown>;
      const after = json(r.resourceNewValue) as Record<string, unknown>;
      const diff = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      expect(diff.length, r.resourceNewValue).toBeGreaterThan(0);
      diff.forEach((k) => changed.add(k));
    }
    expect([...changed].sort()).toEqual(['autoRenewEnabled', 'friendlyName', 'quantity', 'status']);
    const users = sample.filter((r) => r.operationType === 'update_customer_user');
    for (const r of users) expect(r.resourceOldValue).not.toBe(r.resourceNewValue);
  });

  it('includes empty old values, values that are not JSON, app and dashboard actions', () => {
    expect(sample.some((r) => r.resourceOldValue === '')).toBe(true);
    expect(sample.some((r) => r.resourceOldValue === 'n/a' || r.resourceNewValue === 'n/a')).toBe(true);
    expect(sample.some((r) => r.applicationId === '')).toBe(true);
    expect(sample.some((r) => GUID.test(r.applicationId) || /^[0-9a-f-]{36}$/.test(r.applicationId))).toBe(true);
    for (const r of sample) {
      expect(r.id).toMatch(GUID);
      expect(r.originalCorrelationId).toMatch(GUID);
      expect(r.attributes).toEqual({ objectType: 'AuditRecord' });
    }
  });

  it('carries formula-looking text in about 0.5% of records, and long all-digit ids', () => {
    const startsLikeFormula = (s: string) => /^[=+\-@]/.test(s);
    const risky = sample.filter(
      (r) => startsLikeFormula(r.customerName) || r.customizedData.some((kv) => startsLikeFormula(kv.value)),
    );
    expect(risky.length).toBeGreaterThan(10);
    expect(risky.length).toBeLessThan(200);
    const seen = new Set(risky.flatMap((r) => [r.customerName, ...r.customizedData.map((kv) => kv.value)]));
    for (const payload of FORMULA_LOOKING_VALUES) expect(seen, payload).toContain(payload);
    expect(sample.some((r) => r.resourceNewValue.includes('"friendlyName":"=') || r.resourceNewValue.includes('"friendlyName":"@') || r.resourceNewValue.includes('"friendlyName":"+') || r.resourceNewValue.includes('"friendlyName":"-'))).toBe(true);
    const longDigits = sample.flatMap((r) => r.customizedData).filter((kv) => /^\d{16,}$/.test(kv.value));
    expect(longDigits.some((kv) => kv.key === 'InvoiceNumber' && kv.value.length === 18)).toBe(true);
  });

  it('names customers the way real tenants do: accents, quotes, commas, semicolons, very long names, never a newline', () => {
    const names = SAMPLE_CUSTOMERS.map((c) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(190);
    expect(names).toContain('Società Italiana Caffè S.p.A.');
    expect(names).toContain('Smith, Jones & Partners, LLC');
    expect(names).toContain('Café "Le Zinc"');
    expect(names.some((n) => n.includes(';'))).toBe(true);
    expect(names.filter((n) => n.length > 120).length).toBeGreaterThanOrEqual(3);
    expect(names.some((n) => /[\r\n]/.test(n))).toBe(false);
    expect(new Set(SAMPLE_CUSTOMERS.map((c) => c.id)).size).toBe(SAMPLE_CUSTOMERS.length);
    for (const c of SAMPLE_CUSTOMERS) expect(c.id).toMatch(GUID);
    const known = new Set(SAMPLE_CUSTOMERS.map((c) => c.id));
    for (const r of sample) if (r.customerId !== '') expect(known.has(r.customerId)).toBe(true);
    expect(new Set(sample.map((r) => r.customerId)).size).toBeGreaterThan(150);
  });

  it('has about 25 partner users', () => {
    const users = new Set(sample.map((r) => r.userPrincipalName));
    expect(users.size).toBeGreaterThanOrEqual(20);
    expect(users.size).toBeLessThanOrEqual(30);
    expect([...users].some((u) => /[^\x00-\x7f]/.test(u))).toBe(true);
  });
});

describe('generateSampleRecords', () => {
  it('gives the same records as ActivityRecords from the sample source', () => {
    const audit = [...generateAuditRecords({ count: 200, seed: 9, now })];
    const records = [...generateSampleRecords({ count: 200, seed: 9, now })];
    expect(records).toEqual(audit.map((raw) => (recordFromAuditJson(raw, 'sample') as { record: unknown }).record));
    for (const r of records) {
      expect(r.source).toBe('sample');
      expect(r.key).toBe(`id:${r.id}`);
    }
  });
});

describe('the story the sample tells', () => {
  const records = [...generateSampleRecords({ count: 20_000, seed: 42, now })];

  it('follows a working week: weekday office hours busy, nights and weekends quiet', () => {
    const weekday = records.filter((r) => ![0, 6].includes(new Date(r.operationDate).getUTCDay())).length;
    expect(weekday / records.length).toBeGreaterThan(0.9);
    const office = records.filter((r) => {
      const h = new Date(r.operationDate).getUTCHours();
      return h >= 7 && h < 17;
    }).length;
    expect(office / records.length).toBeGreaterThan(0.75);
  });

  it('has a few partner users doing most of the work', () => {
    const perUser = new Map<string, number>();
    for (const r of records) perUser.set(r.userPrincipalName, (perUser.get(r.userPrincipalName) ?? 0) + 1);
    const top4 = [...perUser.values()].sort((a, b) => b - a).slice(0, 4).reduce((s, n) => s + n, 0);
    expect(top4 / records.length).toBeGreaterThan(0.5);
  });

  it('evolves subscriptions coherently: every chain of quantity changes links up, nothing unreadable', () => {
    const seats = aggregate(new SeatChangeAggregator(), records);
    expect(seats.unreadable).toBe(0);
    expect(seats.subscriptions.filter((s) => !s.consistent)).toEqual([]);
    const updated = seats.subscriptions.filter((s) => s.changes.filter((c) => c.source === 'subscription').length >= 3);
    expect(updated.length).toBeGreaterThan(50);
    // Some subscriptions bought in the period by an order, then changed.
    expect(seats.subscriptions.some((s) => s.changes[0]!.source === 'order' && s.changes.length > 1)).toBe(true);
    expect(seats.totals.removed).toBeGreaterThan(0);
  });

  it('sells real-looking offers with prices, terms and promotions', () => {
    const orders = aggregate(new OrderLineAggregator(), records);
    const promoted = orders.lines.filter((l) => l.promotionId !== '');
    expect(promoted.length / orders.lines.length).toBeGreaterThan(0.08);
    expect(promoted.length / orders.lines.length).toBeLessThan(0.3);
    for (const l of promoted) expect(l.unitPrice!).toBeLessThan(l.listPrice!);
    expect(orders.lines.filter((l) => l.promotionId === '').every((l) => l.listPrice === undefined)).toBe(true);
    expect(new Set(orders.lines.map((l) => l.currency))).toEqual(new Set(['EUR']));
    expect(new Set(orders.lines.map((l) => l.termDuration))).toEqual(new Set(['P1M', 'P1Y', 'P3Y']));
    expect(orders.lines.filter((l) => l.unitPrice !== undefined).length / orders.lines.length).toBeGreaterThan(0.8);
  });

  it('lives GDAP lifecycles: approved then activated, terminations, expiries, and customers whose access ended', () => {
    const result = aggregate(new RelationshipAggregator({ from: '2026-10-25', to: '2026-11-25' }), records);
    const states = new Set(result.relationships.map((r) => r.state));
    for (const s of ['active', 'terminated', 'expired']) expect(states).toContain(s);
    const activated = result.relationships.filter((r) => r.events.some((e) => e.event === 'activated'));
    expect(activated.length).toBeGreaterThan(3);
    for (const r of activated) {
      const kinds = r.events.map((e) => e.event);
      expect(kinds.indexOf('approved')).toBeLessThan(kinds.indexOf('activated'));
    }
    expect(result.accessEnded.length).toBeGreaterThan(0);
    expect(result.unreadable).toBe(0);
  });

  it('clusters failures on a few days', () => {
    const failures = aggregate(new FailureAggregator(), records);
    const counts = failures.byDay.map(([, n]) => n).sort((a, b) => b - a);
    const median = counts[Math.floor(counts.length / 2)]!;
    expect(counts[0]!).toBeGreaterThan(3 * median);
  });
});
