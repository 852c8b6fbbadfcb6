// Alerts: each rule (core/archive/alert-rules.ts) with its on/off switch and the archive's records it matches, newest
// first, looked up in the alerts worker. Picking a record shows it in the activity log.
import { useEffect, useState } from 'preact/hooks';
import { ALERT_RULES, alertRuleText, type AlertRuleId } from '../../core/archive/alert-rules';
import type { ActivityRecord } from '../../core/record/activity-record';
import { actionText } from '../../core/words/action-text';
import type { Lang } from '../../core/words/locale';
import { enabledAlertRules, setAlertRule } from '../alert-settings';
import type { RuleMatches } from '../store/alert-records';
import { alertsWorker } from '../workers/worker-clients';
import type { AppText } from '../app-text';

interface Props {
  text: AppText;
  lang: Lang;
  /** Changes whenever the archive did. */
  version: number;
  onShowRecord(record: ActivityRecord): void;
  find?: (enabled: AlertRuleId[]) => Promise<RuleMatches[]>;
  storage?: Storage;
}

const utcText = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;

export default function AlertsView({ text, lang, version, onShowRecord, find = (ids) => alertsWorker().findAlerts(ids), storage = localStorage }: Props) {
  const [enabled, setEnabled] = useState<Set<AlertRuleId>>(() => enabledAlertRules(storage));
  const [results, setResults] = useState<Map<AlertRuleId, RuleMatches> | undefined>(undefined);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    setError('');
    find([...enabled]).then(
      (found) => live && setResults(new Map(found.map((m) => [m.ruleId, m]))),
      (e: unknown) => live && setError(text.alertsFailed((e as Error)?.message ?? String(e))),
    );
    return () => {
      live = false;
    };
  }, [version, enabled]);

  return (
    <>
      <p>{text.alertsIntro}</p>
      {error && <p role="alert">{error}</p>}
      {ALERT_RULES.map((rule) => {
        const { name, description } = alertRuleText(rule.id, lang);
        const on = enabled.has(rule.id);
        const found = on ? results?.get(rule.id) : undefined;
        const headingId = `alert-rule-${rule.id}`;
        return (
          <section key={rule.id} aria-labelledby={headingId} class="alert-rule">
            <h3 id={headingId}>
              {name}
              {found && found.total > 0 ? ` (${text.number(found.total)})` : ''}
            </h3>
            <p>{description}</p>
            <label>
              <input type="checkbox" checked={on} onChange={(e) => setEnabled(setAlertRule(rule.id, (e.currentTarget as HTMLInputElement).checked, storage))} />{' '}
              {text.ruleOn(name)}
            </label>
            {!on ? (
              <p>{text.ruleOff}</p>
            ) : !found ? (
              <p>{text.working}</p>
            ) : (
              <>
                <p>
                  {text.ruleMatches(found.total)}
                  {found.total > found.records.length ? ` ${text.ruleShown(found.records.length, found.total)}` : ''}
                </p>
                {found.records.length > 0 && (
                  <table class="alert-records">
                    <caption class="visually-hidden">{name}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{text.dateTime}</th>
                        <th scope="col">{text.affectedCustomer}</th>
                        <th scope="col">{text.action}</th>
                        <th scope="col">{text.partnerUser}</th>
                        <th scope="col">
                          <span class="visually-hidden">{text.showInLog}</span>
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {found.records.map((r) => (
                        <tr key={r.key}>
                          <td>{utcText(r.operationDate)}</td>
                          <td>{r.customerName || <span class="no-customer">{text.noCustomer}</span>}</td>
                          <td>{actionText(r, lang)}</td>
                          <td>{r.userPrincipalName}</td>
                          <td>
                            <button
                              type="button"
                              class="link"
                              aria-label={`${text.showInLog}: ${r.customerName || text.noCustomer}, ${utcText(r.operationDate)}`}
                              onClick={() => onShowRecord(r)}
                            >
                              {text.showInLog}
                            </button>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
