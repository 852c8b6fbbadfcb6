// Archive coverage: per partner tenant, a calendar of every day of the history (a heat-strip per month) saying
// whether the archive holds it complete, partial or not at all, and when each day still in Partner Center is
// lost. Colour, pattern, glyph and a text name per day carry the state, so it never depends on colour alone.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { CoverageSpan } from '../../core/archive/archive-coverage';
import type { Lang } from '../../core/words/locale';
import { SAMPLE_PARTNER_ID } from '../../sample-data/sample-generator';
import { openActivityDb } from '../store/activity-db';
import { loadCoverage } from '../store/coverage-store';
import { coverageTenants, SOON_DAYS, tenantCoverage, type CalendarState } from './coverage-calendar';
import type { AppText } from '../app-text';

interface Props {
  text: AppText;
  lang: Lang;
  /** Changes whenever the archive did, so the picture follows imports and undos. */
  version: number;
  now?: () => Date;
  load?: () => Promise<CoverageSpan[]>;
  /** Fetches the sample's days at risk from the sample server (other tenants fetch through the extension). */
  onFetchSample?: (from: string, to: string) => void;
}

const GLYPH: Record<CalendarState, string> = { complete: '✓', partial: '◐', missing: '!', gone: '×', future: '' };

function formats(lang: Lang) {
  const locale = lang === 'it' ? 'it-IT' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    day: (d: string) => day.format(new Date(`${d}T00:00:00.000Z`)),
    month: (m: string) => month.format(new Date(`${m}-01T00:00:00.000Z`)),
  };
}

function tenantLabel(text: AppText, tenantId: string): string {
  if (tenantId === SAMPLE_PARTNER_ID) return text.tenantSample;
  if (tenantId === '') return text.tenantUnnamed;
  return text.tenantNamed(tenantId);
}

function stateText(text: AppText, state: CalendarState): string {
  return state === 'complete' ? text.dayComplete : state === 'partial' ? text.dayPartial : state === 'missing' ? text.dayMissing : text.dayGone;
}

export default function CoverageView({ text, lang, version, now = () => new Date(), load = () => loadCoverage(openActivityDb()), onFetchSample }: Props) {
  const [spans, setSpans] = useState<CoverageSpan[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load().then((s) => live && setSpans(s));
    return () => {
      live = false;
    };
  }, [version]);
  // An app left open past midnight moves on a day: today, the 90 days and every loss date with it.
  const [day, setDay] = useState(() => now().toISOString().slice(0, 10));
  useEffect(() => {
    const timer = setInterval(() => setDay(now().toISOString().slice(0, 10)), 60_000);
    return () => clearInterval(timer);
  }, []);
  const format = useMemo(() => formats(lang), [lang]);
  const tenants = useMemo(() => {
    if (!spans) return [];
    const at = now();
    return coverageTenants(spans, SAMPLE_PARTNER_ID).map((id) => tenantCoverage(spans, id, at));
  }, [spans, day]);

  if (!spans) return <p>{text.working}</p>;
  if (tenants.length === 0) return <p>{text.noCoverage}</p>;

  const dayName = (d: { day: string; state: CalendarState; losesOn?: string }) =>
    text.dayName(format.day(d.day), stateText(text, d.state), d.losesOn ? format.day(d.losesOn) : undefined);

  return (
    <>
      <p>{text.coverageIntro}</p>
      {tenants.map((t, index) => {
        const headingId = `coverage-tenant-${index}`;
        const next = t.atRisk[0];
        return (
          <section key={t.tenantId} aria-labelledby={headingId} class="coverage-tenant">
            <h3 id={headingId}>{tenantLabel(text, t.tenantId)}</h3>
            {t.tenantId === '' ? (
              // Whose log these files hold is unknown, so no tenant is warned about them.
              <p>{text.unnamedTenantNote}</p>
            ) : (
              <p class={t.lostSoon.length > 0 ? 'coverage-summary warning' : 'coverage-summary'}>
                <strong>{text.lostWithin(t.lostSoon.length, SOON_DAYS)}</strong> {text.notComplete(t.atRisk.length)}{' '}
                {next && text.nextLoss(format.day(next.day), format.day(next.losesOn))}
              </p>
            )}
            {onFetchSample && t.tenantId === SAMPLE_PARTNER_ID && next && (
              <p>
                <button type="button" onClick={() => onFetchSample(next.day, t.atRisk[t.atRisk.length - 1]!.day)}>
                  {text.fetchAtRisk(format.day(next.day), format.day(t.atRisk[t.atRisk.length - 1]!.day))}
                </button>
              </p>
            )}
            {t.tenantId !== '' && t.lostSoon.length > 0 && (
              <details>
                <summary>{text.atRiskList}</summary>
                <ul>
                  {t.lostSoon.map((r) => (
                    <li key={r.day}>{text.dayName(format.day(r.day), text.dayMissing, format.day(r.losesOn))}</li>
                  ))}
                </ul>
              </details>
            )}
            {/* Focusable: on a narrow screen the calendar scrolls sideways, and keyboard users scroll it too. */}
            <div class="coverage-scroll" tabIndex={0}>
              <table class="coverage-calendar">
                <caption class="visually-hidden">
                  {text.coverageHeading}: {tenantLabel(text, t.tenantId)}
                </caption>
                <thead>
                  <tr>
                    <td />
                    {Array.from({ length: 31 }, (_, i) => (
                      <th scope="col" key={i}>
                        <span aria-hidden="true">{i + 1}</span>
                        <span class="visually-hidden">
                          {text.monthDays} {i + 1}
                        </span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {t.months.map((m) => (
                    <tr key={m.month}>
                      <th scope="row">{format.month(m.month)}</th>
                      {Array.from({ length: 31 }, (_, i) => {
                        const d = m.days[i];
                        if (!d || d.state === 'future') return <td key={i} class="day empty" />;
                        const name = dayName(d);
                        return (
                          <td key={i} class={`day ${d.state}${d.losesOn && d.state !== 'complete' ? ' at-risk' : ''}`} title={name}>
                            <span aria-hidden="true">{GLYPH[d.state]}</span>
                            <span class="visually-hidden">{name}</span>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        );
      })}
      <section aria-labelledby="coverage-legend">
        <h3 id="coverage-legend">{text.legend}</h3>
        <ul class="coverage-legend">
          {(
            [
              ['complete', text.legendComplete],
              ['partial', text.legendPartial],
              ['missing', text.legendMissing],
              ['gone', text.legendGone],
            ] as const
          ).map(([state, words]) => (
            <li key={state}>
              <span class={`day swatch ${state}`} aria-hidden="true">
                {GLYPH[state]}
              </span>{' '}
              {words}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
