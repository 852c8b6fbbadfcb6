// Named views (a query as URL parameters) kept in the archive, to come back to a filter in one click: a menu in the
// log's command bar, holding the saved views and "Save this view". Esc or a click outside closes it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useOutsidePress } from './outside-press';
import { openActivityDb, type SavedView } from '../store/activity-db';
import type { AppText } from '../app-text';

export function SavedViews({ text, current, onOpen }: { text: AppText; current: string; onOpen(search: string): void }) {
  const db = openActivityDb();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const load = () => void db.views.orderBy('name').toArray().then(setViews);
  useEffect(load, []);
  useOutsidePress(open, root, () => setOpen(false));
  const close = () => {
    setOpen(false);
    trigger.current?.focus();
  };

  return (
    <div
      class="menu saved-views"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <button ref={trigger} type="button" class="subtle" aria-expanded={open} aria-controls="saved-views-menu" title={text.savedViews} onClick={() => setOpen(!open)}>
        {/* Narrow screens show the icon alone (the words stay its name). */}
        <svg class="button-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <path d="M4 2.5h8v11l-4-3-4 3z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round" />
        </svg>
        <span class="button-label">{text.savedViews}</span> <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <section id="saved-views-menu" class="menu-popover" aria-labelledby="saved-views">
          <h3 id="saved-views" class="visually-hidden">
            {text.savedViews}
          </h3>
          {views.length > 0 ? (
            <ul class="menu-list">
              {views.map((v) => (
                <li key={v.id}>
                  <button
                    type="button"
                    class="menu-item"
                    aria-current={v.search === current ? 'true' : undefined}
                    onClick={() => {
                      onOpen(v.search);
                      close();
                    }}
                  >
                    {v.name}
                  </button>
                  <button
                    type="button"
                    class="subtle icon"
                    aria-label={`${text.delete}: ${v.name}`}
                    onClick={async () => {
                      await db.views.delete(v.id!);
                      load();
                    }}
                  >
                    <span aria-hidden="true">🗑</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p class="muted">{text.noSavedViews}</p>
          )}
          <form
            class="menu-form"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!name.trim()) return;
              await db.views.add({ name: name.trim(), search: current, savedAt: new Date().toISOString() });
              setName('');
              load();
            }}
          >
            <label>
              {text.viewName} <input type="text" value={name} autoFocus onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <button type="submit">{text.saveCurrentView}</button>
          </form>
        </section>
      )}
    </div>
  );
}
