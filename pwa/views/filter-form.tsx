// The period (From / to, as on the dashboard) and the filters; applying them changes the URL, so a view
// can be bookmarked and Back goes to the previous one.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/activity-query';
import { operationTypeFromActionText } from '../../core/action-text';
import type { AppText } from '../app-text';

/** The query's text fields the form edits, with their labels. */
const TEXT_FIELDS = [
  ['customer', 'customer'],
  ['operationTypes', 'action'],
  ['resourceTypes', 'resourceType'],
  ['partnerUser', 'partnerUser'],
  ['text', 'search'],
] as const;
/** Fields the core query keeps as lists; the form edits one value each. */
const LIST_FIELDS = new Set(['operationTypes', 'resourceTypes', 'statuses']);

function toFields(q: ActivityQuery): Fields {
  const f: Fields = {};
  for (const [k, v] of Object.entries(q)) if (v !== undefined) f[k] = Array.isArray(v) ? v.join(' ') : String(v);
  return f;
}

const STATUSES = ['succeeded', 'failed', 'progress', 'decline'];

type Fields = Record<string, string>;

export function FilterForm({ text, query, onApply }: { text: AppText; query: ActivityQuery; onApply(q: ActivityQuery): void }) {
  const [fields, setFields] = useState<Fields>(() => toFields(query));
  useEffect(() => setFields(toFields(query)), [query]);
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
          if (k === 'operationTypes') next[k] = [operationTypeFromActionText(value) ?? value.replace(/\s+/g, '_')];
          else next[k] = LIST_FIELDS.has(k) ? [value] : value;
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
          {text[label]} <input type={k === 'text' ? 'search' : 'text'} name={k} value={fields[k] ?? ''} onInput={set(k)} />
        </label>
      ))}
      <label>
        {text.status}{' '}
        <select name="statuses" value={fields.statuses ?? ''} onChange={set('statuses')}>
          <option value="">{text.anyStatus}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
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
