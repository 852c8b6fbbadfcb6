// The period (From / to, as on the dashboard) and the filters; applying them changes the URL, so a view
// can be bookmarked and Back goes to the previous one.
import { useEffect, useState } from 'preact/hooks';
import type { ActivityQuery } from '../../core/activity-query';
import type { AppText } from '../app-text';

/** The query's text fields the form edits, with their labels. */
const TEXT_FIELDS = [
  ['customer', 'customer'],
  ['action', 'action'],
  ['resourceType', 'resourceType'],
  ['user', 'partnerUser'],
  ['text', 'search'],
] as const;

const STATUSES = ['succeeded', 'failed', 'progress', 'decline'];

type Fields = Record<string, string>;

export function FilterForm({ text, query, onApply }: { text: AppText; query: ActivityQuery; onApply(q: ActivityQuery): void }) {
  const [fields, setFields] = useState<Fields>(() => ({ ...(query as unknown as Fields) }));
  useEffect(() => setFields({ ...(query as unknown as Fields) }), [query]);
  const set = (k: string) => (e: Event) => setFields({ ...fields, [k]: (e.currentTarget as HTMLInputElement).value });

  return (
    <form
      class="filters"
      aria-label={text.apply}
      onSubmit={(e) => {
        e.preventDefault();
        const next: Fields = { ...(query as unknown as Fields) };
        for (const [k, v] of Object.entries(fields)) {
          if (typeof v !== 'string') continue;
          if (v.trim() === '' && k !== 'from' && k !== 'to') delete next[k];
          else next[k] = v.trim();
        }
        onApply(next as unknown as ActivityQuery);
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
        <select name="status" value={fields.status ?? ''} onChange={set('status')}>
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
        onClick={() => onApply({ ...({ from: query.from, to: query.to } as unknown as ActivityQuery) })}
      >
        {text.clear}
      </button>
    </form>
  );
}
