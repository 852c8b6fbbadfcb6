import { describe, expect, it } from 'vitest';
import { alertNotificationId, createSyncNotifier, MAX_ALERT_NOTIFICATIONS, notificationClick, RISK_NOTIFICATION_ID } from './sync-notifications';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { alertRuleText } from '../../core/archive/alert-rules';

const record = (i: number): ActivityRecord => ({
  ...emptyRecord('api'),
  key: `id:rec/${i}`,
  id: `rec/${i}`,
  customerName: 'Contoso Ltd',
  operationType: 'delete_customer',
  operationDate: '2026-11-30T09:15:00.000Z',
  userPrincipalName: 'admin@partner.example',
});

function recorder() {
  const shown: { id: string; title: string; message: string }[] = [];
  return { shown, notifications: { create: async (id: string, o: { title: string; message: string }) => (shown.push({ id, ...o }), id) } };
}

describe('sync notifications', () => {
  it('an alert names the rule, the customer and the action, and its click opens that record on its day', () => {
    const r = recorder();
    createSyncNotifier({ notifications: r.notifications, iconUrl: 'i.png', lang: 'en' }).alerts([{ ruleId: 'customer-removed', record: record(1) }]);
    expect(r.shown).toMatchObject([{ id: alertNotificationId(record(1), 'customer-removed'), title: alertRuleText('customer-removed', 'en').name, message: expect.stringContaining('Contoso Ltd: ') }]);
    expect(notificationClick(r.shown[0]!.id)).toEqual({ kind: 'open-record', day: '2026-11-30', recordKey: 'id:rec/1' });
  });

  it('shows a few alerts one by one, then one notification for the rest', () => {
    const r = recorder();
    const found = Array.from({ length: MAX_ALERT_NOTIFICATIONS + 3 }, (_, i) => ({ ruleId: 'customer-removed' as const, record: record(i) }));
    createSyncNotifier({ notifications: r.notifications, iconUrl: 'i.png', lang: 'it' }).alerts(found);
    expect(r.shown).toHaveLength(MAX_ALERT_NOTIFICATIONS + 1);
    expect(r.shown.at(-1)).toMatchObject({ title: 'Altri 3 avvisi' });
    expect(notificationClick(r.shown.at(-1)!.id)).toEqual({ kind: 'open-alerts' });
  });

  it('days about to be lost say which and from when, and their click fetches them', () => {
    const r = recorder();
    createSyncNotifier({ notifications: r.notifications, iconUrl: 'i.png', lang: 'en' }).daysAtRisk([
      { day: '2026-09-04', losesOn: '2026-12-03', waiting: false },
      { day: '2026-09-05', losesOn: '2026-12-04', waiting: false },
    ]);
    expect(r.shown).toMatchObject([
      { id: RISK_NOTIFICATION_ID, title: '2 days of activity are about to be lost', message: expect.stringMatching(/2026-09-04 – 2026-09-05 from 2026-12-03.*Click to fetch them now/) },
    ]);
    expect(notificationClick(RISK_NOTIFICATION_ID)).toEqual({ kind: 'fetch-days-at-risk' });
    expect(notificationClick('someone-else')).toBeUndefined();
  });
});
