// The period (From / to, as on the dashboard) and the filters; applying them changes the URL, so a view
// can be bookmarked and Back goes to the previous one.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/asking/activity-query';
import { actionText, knownActions, operationTypesForFilter } from '../../core/words/action-text';
import { KNOWN_RESOURCE_TYPES, resourceTypeFromText } from '../../core/record/resource-type';
import { KNOWN_STATUSES, statusText } from '../../core/words/status-text';
import type { Lang } from '../../core/words/locale';
import type { AppText } from '../app-text';

/** The query's text fields the form edits, with their labels. */
const TEXT_FIELDS = [
  ['customer', 'customer'],
  ['operationTypes', 'action'],
  ['resourceTypes', 'resourceType'],
  ['partnerUser', 'partnerUser'],
  ['text', 'search'],
] as const;
/** Fields the core query keeps as lists; the form shows them comma-separated. */
const LIST_FIELDS = new Set(['operationTypes', 'resourceTypes', 'statuses']);

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

/** Choices offered while typing; any other words still filter. */
const DATALISTS: Partial<Record<string, string>> = { operationTypes: 'action-choices', resourceTypes: 'resource-type-choices' };

type Fields = Record<string, string>;

export function FilterForm({ text, lang, query, onApply }: { text: AppText; lang: Lang; query: ActivityQuery; onApply(q: ActivityQuery): void }) {
  const [fields, setFields] = useState<Fields>(() => toFields(query, lang));
  useEffect(() => setFields(toFields(query, lang)), [query, lang]);
  const set = (k: string) => (e: Event) => setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });

  return (
    <form
      class="filters"
      aria-label={text.apply}
      onSubmit={(e) => {
        e.preventDefault();
        const next: Record<string, string | string[]> = {};
        for (const [k, v] of Object.entries(fields)) {
          const value = v.trim();
          if (value === '') continue;
          if (k === 'operationTypes') next[k] = listOf(value, operationTypesForFilter);
          else if (k === 'resourceTypes') next[k] = listOf(value, (part) => [resourceTypeFromText(part)]);
          else next[k] = LIST_FIELDS.has(k) ? listOf(value, (part) => [part.trim()]) : value;
        }
        onApply(next as ActivityQuery);
      }}
    >
      <label>
        {text.from} <input type="date" name="from" required value={fields.from ?? ''} onInput={set('from')} />
      </label>
      <label>
        {text.to} <input type="date" name="to" required value={fields.to ?? ''} onInput={set('to')} />
      </label>
      {TEXT_FIELDS.map(([k, label]) => (
        <label key={k}>
          {text[label]} <input type={k === 'text' ? 'search' : 'text'} name={k} list={DATALISTS[k]} value={fields[k] ?? ''} onInput={set(k)} />
        </label>
      ))}
      <label>
        {text.status}{' '}
        <select name="statuses" value={fields.statuses ?? ''} onChange={set('statuses')}>
          <option value="">{text.anyStatus}</option>
          {KNOWN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusText(s, lang)}
            </option>
          ))}
        </select>
      </label>
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
      <button type="submit">{text.apply}</button>
      <button
        type="button"
        onClick={() => onApply({ from: query.from, to: query.to })}
      >
        {text.clear}
      </button>
    </form>
  );
}
