// The Columns menu: the optional columns as checkboxes in a small popover (Esc or a click outside closes it, focus
// returns to its button).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { columnName, OPTIONAL_COLUMNS, type OptionalColumn } from './log-columns';
import { logTableText } from './log-table-text';

export function ColumnChooser({ lang, chosen, onChange }: { lang: Lang; chosen: readonly OptionalColumn[]; onChange: (next: OptionalColumn[]) => void }) {
  const words = logTableText(lang);
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useRef(`cols${Math.random().toString(36).slice(2, 8)}`).current;

  useEffect(() => {
    if (!open) return;
    const outside = (e: Event) => {
      if (root.current && !root.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    root.current?.querySelector<HTMLInputElement>('input')?.focus();
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  return (
    <div
      class="lt-columns"
      ref={root}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.preventDefault();
          e.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
      }}
    >
      <button ref={button} type="button" class="lt-tool" aria-expanded={open} aria-controls={open ? menuId : undefined} title={words.chooseColumns} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2.5 3.5h11v9h-11zM6.2 3.5v9M9.8 3.5v9" fill="none" stroke="currentColor" stroke-width="1.2" />
        </svg>
        {words.columns}
      </button>
      {open && (
        <fieldset class="lt-menu" id={menuId}>
          <legend>{words.chooseColumns}</legend>
          {OPTIONAL_COLUMNS.map((c) => (
            <label key={c}>
              <input
                type="checkbox"
                checked={chosen.includes(c)}
                onChange={(e) => onChange(e.currentTarget.checked ? OPTIONAL_COLUMNS.filter((x) => x === c || chosen.includes(x)) : chosen.filter((x) => x !== c))}
              />
              {columnName(c, lang)}
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
