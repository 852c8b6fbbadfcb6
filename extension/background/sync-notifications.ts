// The browser notifications the sync raises, in the user's language: one per new alert (a few, then one line for
// the rest) that opens the record in the side panel, and one for days about to be lost that fetches them on a
// click. What a click means is carried in the notification id, so it still works after the worker restarted.
import type { ActivityRecord } from '../../core/record/activity-record';
import { alertRuleText, type AlertRuleId } from '../../core/archive/alert-rules';
import { actionText } from '../../core/words/action-text';
import type { Lang } from '../../core/words/locale';
import type { DayAtRisk, SyncNotifier } from './archive-sync-service';

export const RISK_NOTIFICATION_ID = 'activity-lens/days-at-risk';
export const ALERT_NOTIFICATION_PREFIX = 'activity-lens/alert/';
export const MORE_ALERTS_NOTIFICATION_ID = 'activity-lens/alerts-more';
/** Alerts shown one by one from one sync; beyond that, one notification counts the rest. */
export const MAX_ALERT_NOTIFICATIONS = 4;

export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string; contextMessage?: string; priority?: number }): Promise<string>;
}

/** What a click on one of our notifications asks for. */
export type NotificationClick =
  | { kind: 'open-record'; day: string; recordKey: string }
  | { kind: 'open-alerts' }
  | { kind: 'fetch-days-at-risk' };

export function alertNotificationId(record: Pick<ActivityRecord, 'operationDate' | 'key'>, ruleId: AlertRuleId): string {
  return `${ALERT_NOTIFICATION_PREFIX}${ruleId}/${record.operationDate.slice(0, 10)}/${record.key}`;
}

export function notificationClick(id: string): NotificationClick | undefined {
  if (id === RISK_NOTIFICATION_ID) return { kind: 'fetch-days-at-risk' };
  if (id === MORE_ALERTS_NOTIFICATION_ID) return { kind: 'open-alerts' };
  if (!id.startsWith(ALERT_NOTIFICATION_PREFIX)) return undefined;
  const m = /^[^/]+\/(\d{4}-\d{2}-\d{2})\/(.+)$/.exec(id.slice(ALERT_NOTIFICATION_PREFIX.length));
  return m ? { kind: 'open-record', day: m[1]!, recordKey: m[2]! } : undefined;
}

const WORDS = {
  en: {
    partnerAccount: 'Partner account',
    moreAlerts: (n: number) => `${n} more alerts`,
    moreAlertsMessage: 'Open the Activity Lens app to see them all in its Alerts list.',
    riskTitle: (n: number) => (n === 1 ? '1 day of activity is about to be lost' : `${n} days of activity are about to be lost`),
    riskFetch: (first: string, last: string, on: string) =>
      `Partner Center deletes ${first === last ? first : `${first} – ${last}`} from ${on}, and your archive does not have ${first === last ? 'it' : 'them'} yet. Click to fetch ${first === last ? 'it' : 'them'} now.`,
    riskWaiting: (first: string, last: string, on: string) =>
      `${first === last ? first : `${first} – ${last}`} is waiting in the extension but not in your archive; Partner Center deletes it from ${on}. Click to open the app and keep it.`,
  },
  it: {
    partnerAccount: 'Account del partner',
    moreAlerts: (n: number) => `Altri ${n} avvisi`,
    moreAlertsMessage: 'Apri l’app Activity Lens per vederli tutti nell’elenco Avvisi.',
    riskTitle: (n: number) => (n === 1 ? '1 giorno di attività sta per essere perso' : `${n} giorni di attività stanno per essere persi`),
    riskFetch: (first: string, last: string, on: string) =>
      `Partner Center elimina ${first === last ? first : `${first} – ${last}`} dal ${on} e il tuo archivio non li ha ancora. Fai clic per scaricarli ora.`,
    riskWaiting: (first: string, last: string, on: string) =>
      `${first === last ? first : `${first} – ${last}`} è in attesa nell’estensione ma non nel tuo archivio; Partner Center lo elimina dal ${on}. Fai clic per aprire l’app e conservarlo.`,
  },
} as const;

export function createSyncNotifier(deps: { notifications: NotificationsApi; iconUrl: string; lang: Lang }): SyncNotifier {
  const w = WORDS[deps.lang];
  const show = (id: string, title: string, message: string, contextMessage?: string): void =>
    void deps.notifications.create(id, { type: 'basic', iconUrl: deps.iconUrl, title, message, contextMessage, priority: 1 }).catch(() => undefined);
  return {
    alerts(found) {
      for (const { ruleId, record } of found.slice(0, MAX_ALERT_NOTIFICATIONS)) {
        const customer = record.customerName || record.customerId || w.partnerAccount;
        const when = `${record.operationDate.slice(0, 16).replace('T', ' ')} UTC`;
        show(alertNotificationId(record, ruleId), alertRuleText(ruleId, deps.lang).name, `${customer}: ${actionText(record, deps.lang)}`, `${when} · ${record.userPrincipalName}`);
      }
      const rest = found.length - MAX_ALERT_NOTIFICATIONS;
      if (rest > 0) show(MORE_ALERTS_NOTIFICATION_ID, w.moreAlerts(rest), w.moreAlertsMessage);
    },
    daysAtRisk(days: DayAtRisk[]) {
      if (days.length === 0) return;
      const first = days[0]!;
      const last = days.at(-1)!;
      const toFetch = days.some((d) => !d.waiting);
      show(RISK_NOTIFICATION_ID, w.riskTitle(days.length), (toFetch ? w.riskFetch : w.riskWaiting)(first.day, last.day, first.losesOn));
    },
  };
}
