// Named views (a query as URL parameters) kept in the archive, to come back to a filter in one click.
import { useEffect, useState } from 'preact/hooks';
import { openActivityDb, type SavedView } from '../store/activity-db';
import type { AppText } from '../app-text';

export function SavedViews({ text, current, onOpen }: { text: AppText; current: string; onOpen(search: string): void }) {
  const db = openActivityDb();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const load = () => void db.views.orderBy('name').toArray().then(setViews);
  useEffect(load, []);
  return (
    <section aria-labelledby="saved-views" class="saved-views">
      <h3 id="saved-views">{text.savedViews}</h3>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return;
          await db.views.add({ name: name.trim(), search: current, savedAt: new Date().toISOString() });
          setName('');
          load();
        }}
      >
        <label>
          {text.viewName} <input type="text" value={name} onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
        </label>{' '}
        <button type="submit">{text.saveView}</button>
      </form>
      {views.length > 0 && (
        <ul>
          {views.map((v) => (
            <li key={v.id}>
              <button type="button" class="link" onClick={() => onOpen(v.search)}>
                {v.name}
              </button>{' '}
              <button
                type="button"
                aria-label={`${text.delete}: ${v.name}`}
                onClick={async () => {
                  await db.views.delete(v.id!);
                  load();
                }}
              >
                {text.delete}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
