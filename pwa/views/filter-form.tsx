// The filter bar above the log: the period first (today, 7, 30, 90 days or a custom From / to, as on the dashboard),
// then customer, action, resource type, partner user and status, and the active filters as removable chips. Each
// choice applies as it is made (a list or a date at once, typed words a moment after typing stops or on Enter), and
// lands in the URL, so a view can be bookmarked and Back goes to the previous one. On a narrow screen (a phone, the
// side panel's width) the bar is one row: the period and a "Filters" button with the active count, which discloses the
// other fields; the chips stay in sight as one row that scrolls sideways.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/asking/activity-query';
import { actionText, knownActions, operationTypesForFilter } from '../../core/words/action-text';
import { KNOWN_RESOURCE_TYPES, resourceTypeFromText } from '../../core/record/resource-type';
import { KNOWN_STATUSES, statusText } from '../../core/words/status-text';
import type { Lang } from '../../core/words/locale';
import type { AppText } from '../app-text';
import { PERIOD_PRESETS, presetOf, presetPeriod, type PeriodPreset } from '../shell/period-presets';
import { filterChips } from '../shell/filter-chips';

/** The query's typed fields the bar edits, with their labels (free-text search is the header's search box). */
const TEXT_FIELDS = [
  ['customer', 'customer'],
  ['operationTypes', 'action'],
  ['resourceTypes', 'resourceType'],
  ['partnerUser', 'partnerUser'],
] as const;
/** Fields the core query keeps as lists; the bar shows them comma-separated. */
const LIST_FIELDS = new Set(['operationTypes', 'resourceTypes', 'statuses']);
/** How long typing may pause before the words apply: long enough not to search every letter. */
export const TYPING_PAUSE_MS = 600;

type Fields = Record<string, string>;

/** Actions show as their sentences, so what "order" found ("created an order, updated an order") is visible. */
function toFields(q: ActivityQuery, lang: Lang): Fields {
  const f: Fields = {};
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined) continue;
    if (k === 'operationTypes') f[k] = (v as string[]).map((op) => actionText({ operationType: op, resourceType: '', actionText: '' }, lang)).join(', ');
    else f[k] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return f;
}

function listOf(value: string, read: (part: string) => string[]): string[] {
  return [...new Set(value.split(',').flatMap((part) => (part.trim() === '' ? [] : read(part))))];
}

function toQuery(fields: Fields): ActivityQuery {
  const next: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(fields)) {
    const value = v.trim();
    if (value === '') continue;
    if (k === 'operationTypes') next[k] = listOf(value, operationTypesForFilter);
    else if (k === 'resourceTypes') next[k] = listOf(value, (part) => [resourceTypeFromText(part)]);
    else next[k] = LIST_FIELDS.has(k) ? listOf(value, (part) => [part.trim()]) : value;
  }
  return next as ActivityQuery;
}

const sameQuery = (a: ActivityQuery, b: ActivityQuery) => JSON.stringify(a) === JSON.stringify(b);

/** Choices offered while typing; any other words still filter. */
const DATALISTS: Partial<Record<string, string>> = { operationTypes: 'action-choices', resourceTypes: 'resource-type-choices' };

const PRESET_WORD: Record<PeriodPreset | 'custom', 'presetToday' | 'preset7d' | 'preset30d' | 'presetMonth' | 'preset90d' | 'presetCustom'> = {
  today: 'presetToday',
  '7d': 'preset7d',
  '30d': 'preset30d',
  month: 'presetMonth',
  '90d': 'preset90d',
  custom: 'presetCustom',
};

export function FilterForm({ text, lang, query, onApply, now = () => new Date() }: { text: AppText; lang: Lang; query: ActivityQuery; onApply(q: ActivityQuery): void; now?: () => Date }) {
  const [fields, setFields] = useState<Fields>(() => toFields(query, lang));
  /** What the bar holds this instant (typing outruns renders, so handlers read this, not the rendered state). */
  const latest = useRef<Fields>(fields);
  const [open, setOpen] = useState(false);
  const [customPicked, setCustomPicked] = useState(false);
  const typing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const fromInput = useRef<HTMLInputElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const fieldsId = useId();
  /** Folds the fields away (narrow screens) and gives the focus back to the button that opened them. */
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };
  /** The typed fields are left to the browser while typing (a render never rewrites what is being typed). */
  const textInputs = useRef(new Map<string, HTMLInputElement>());
  useEffect(() => {
    const shown = toFields(query, lang);
    latest.current = shown;
    setFields(shown);
    for (const [k, input] of textInputs.current) {
      if (input !== document.activeElement || !input.value.trim()) input.value = shown[k] ?? '';
    }
  }, [query, lang]);
  useEffect(() => () => clearTimeout(typing.current), []);

  const applied = () => toQuery(toFields(query, lang));
  /** Applies what the bar holds (with `over`), unless it is what is already applied. */
  const apply = (over: Fields = {}) => {
    clearTimeout(typing.current);
    const typedNow: Fields = {};
    for (const [k, input] of textInputs.current) typedNow[k] = input.value;
    latest.current = { ...latest.current, ...typedNow, ...over };
    const next = toQuery(latest.current);
    if (!next.from || !next.to) return; // a half-typed date: wait for the whole day
    if (!sameQuery(next, applied())) onApply(next);
  };
  const typed = (k: string) => (e: Event) => {
    latest.current = { ...latest.current, [k]: (e.currentTarget as HTMLInputElement).value };
    clearTimeout(typing.current);
    typing.current = setTimeout(() => apply(), TYPING_PAUSE_MS);
  };
  const chosen = (k: string) => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setFields({ ...latest.current, [k]: value });
    apply({ [k]: value });
  };

  const preset = customPicked ? 'custom' : presetOf(query, now());
  const chips = filterChips(query, text, lang);
  const hidden = chips.filter((c) => c.id !== 'text').length;

  return (
    <div class="filter-bar">
      <form
        class={open ? 'filters open' : 'filters'}
        aria-label={text.filters}
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open && (e.target as HTMLElement).closest?.('.filter-fields')) {
            e.stopPropagation();
            close();
          }
        }}
      >
        <label class="filter-period">
          <span class="filter-label">{text.period}</span>{' '}
          <select
            name="period"
            value={preset}
            onChange={(e) => {
              const value = (e.currentTarget as HTMLSelectElement).value as PeriodPreset | 'custom';
              if (value === 'custom') {
                setCustomPicked(true);
                // On a narrow screen From / to are behind "Filters": open them first.
                setOpen(true);
                requestAnimationFrame(() => fromInput.current?.focus());
                return;
              }
              setCustomPicked(false);
              apply(presetPeriod(value, now()));
            }}
          >
            {[...PERIOD_PRESETS, 'custom' as const].map((p) => (
              <option key={p} value={p}>
                {text[PRESET_WORD[p]]}
              </option>
            ))}
          </select>
        </label>
        {/* Shown on narrow screens only, where the fields after it fold away behind it. */}
        <button ref={toggle} type="button" class="filters-toggle" aria-expanded={open} aria-controls={fieldsId} onClick={() => setOpen(!open)}>
          <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
            <path d="M2 3.5h12M4.5 8h7M7 12.5h2" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" fill="none" />
          </svg>
          {text.filters}
          {hidden > 0 && (
            <>
              <span class="count-badge" aria-hidden="true">
                {text.number(hidden)}
              </span>
              <span class="visually-hidden">{text.filtersActive(hidden)}</span>
            </>
          )}
        </button>
        <div id={fieldsId} class="filter-fields" role="group" aria-label={text.moreFilters}>
          <label class="filter-date">
            {text.from} <input ref={fromInput} type="date" name="from" required value={fields.from ?? ''} onChange={chosen('from')} />
          </label>
          <label class="filter-date">
            {text.to} <input type="date" name="to" required value={fields.to ?? ''} onChange={chosen('to')} />
          </label>
          {TEXT_FIELDS.map(([k, label]) => (
            <label key={k} class="filter-more">
              {text[label]}{' '}
              <input
                type="text"
                name={k}
                list={DATALISTS[k]}
                autocomplete="off"
                defaultValue={fields[k] ?? ''}
                ref={(el) => {
                  if (el) textInputs.current.set(k, el);
                  else textInputs.current.delete(k);
                }}
                onInput={typed(k)}
                onChange={() => apply()}
                onKeyDown={(e) => {
                  // A form of several fields and no submit button has no implicit submission: Enter applies here.
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    apply();
                  }
                }}
              />
            </label>
          ))}
          <label class="filter-more">
            {text.status}{' '}
            <select name="statuses" value={fields.statuses ?? ''} onChange={chosen('statuses')}>
              <option value="">{text.anyStatus}</option>
              {KNOWN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusText(s, lang)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" class="filters-done" onClick={close}>
            {text.done}
          </button>
        </div>
        <datalist id="action-choices">
          {knownActions(lang).map((a) => (
            <option key={a.operationType} value={a.text} />
          ))}
        </datalist>
        <datalist id="resource-type-choices">
          {KNOWN_RESOURCE_TYPES.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
      </form>
      {chips.length > 0 && (
        <div class="chips">
          <ul aria-label={text.activeFilters}>
            {chips.map((c) => (
              <li key={c.id}>
                <button type="button" class="chip" aria-label={text.removeFilter(c.label, c.value)} onClick={() => onApply(c.without)}>
                  <span class="chip-label">{c.label}:</span> {c.value} <span aria-hidden="true">✕</span>
                </button>
              </li>
            ))}
          </ul>
          <button type="button" class="subtle" onClick={() => onApply({ from: query.from, to: query.to })}>
            {text.clear}
          </button>
        </div>
      )}
    </div>
  );
}
