// The header every page shares, as Microsoft's portals have it: the product name, the global search (the query's
// free-text search, applied as you type), the archive's state (its records, where they come from, whether the
// extension keeps it in sync, which days it covers, linked to Archive coverage), Import logs as an action, and the language. The one file input of the app lives here,
// so Import logs works from every page, and the Imports page's "Choose files" opens this same input.
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import type { AppText } from '../app-text';
import type { ArchiveSyncStatus } from '../archive-sync';
import { SOON_DAYS } from '../views/coverage-calendar';
import { coverageRangeText, type CoverageSummary } from './coverage-summary';

/** Where the archive's records come from, as the header names it. */
export type DataSourceState = 'none' | 'sample' | 'extension' | 'files';

interface Props {
  text: AppText;
  lang: Lang;
  total?: number;
  source: DataSourceState;
  sync?: ArchiveSyncStatus;
  /** What the archive covers: undefined until read, null when it holds no day. */
  coverage?: CoverageSummary | null;
  coverageHref: string;
  onCoverage(): void;
  search: string;
  busy: boolean;
  onSearch(text: string): void;
  onFiles(files: File[]): void;
  onLang(lang: Lang): void;
  /** Lets the Imports page and the empty log open the file chooser. */
  fileInput: { current: HTMLInputElement | null };
}

const SEARCH_PAUSE_MS = 400;

function syncWords(text: AppText, sync: ArchiveSyncStatus | undefined): { label: string; tone: 'ok' | 'busy' | 'warn' | 'off' } {
  if (!sync) return { label: text.syncOff, tone: 'off' };
  if (sync.state === 'connecting') return { label: text.syncConnecting, tone: 'busy' };
  if (sync.state === 'importing') return { label: text.syncImporting, tone: 'busy' };
  if (sync.state === 'unavailable') return { label: text.syncUnavailable, tone: 'warn' };
  return { label: text.syncConnected, tone: sync.lastSync && !sync.lastSync.ok ? 'warn' : 'ok' };
}

const SOURCE_WORD = { none: 'sourceNone', sample: 'sourceSample', extension: 'sourceExtension', files: 'sourceFiles' } as const;

function CoverageLine({ text, lang, coverage, href, onOpen }: { text: AppText; lang: Lang; coverage: CoverageSummary | null; href: string; onOpen(): void }) {
  const losing = coverage?.lostSoon ?? 0;
  return (
    <dd class={losing > 0 ? 'coverage coverage-warn' : 'coverage'}>
      <a
        href={href}
        title={coverage && coverage.partialDays > 0 ? text.coveragePartial(coverage.partialDays) : undefined}
        onClick={(e) => {
          if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
          e.preventDefault();
          onOpen();
        }}
      >
        {coverage ? text.coverageSummary(coverageRangeText(coverage, lang, new Date()), coverage.gaps) : text.coverageNone}
        {losing > 0 && (
          <span class="coverage-losing">
            {' · '}
            {text.coverageLosing(losing, SOON_DAYS)}
          </span>
        )}
      </a>
    </dd>
  );
}

export function AppHeader({ text, lang, total, source, sync, coverage, coverageHref, onCoverage, search, busy, onSearch, onFiles, onLang, fileInput }: Props) {
  // Left to the browser while typing (a render never rewrites what is being typed); set when the query changes.
  const input = useRef<HTMLInputElement>(null);
  const pause = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    if (input.current && input.current !== document.activeElement) input.current.value = search;
  }, [search]);
  useEffect(() => () => clearTimeout(pause.current), []);
  const state = syncWords(text, sync);
  const problem = sync?.state === 'unavailable' ? sync.problem.message : undefined;

  return (
    <header class="app-header">
      <a class="skip-link" href="#main">
        {text.skipToContent}
      </a>
      <div class="brand">
        <svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24">
          <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.2" />
          <path d="M15 15l6 6" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" />
        </svg>
        <h1>{text.appName}</h1>
      </div>
      <form
        class="global-search"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          clearTimeout(pause.current);
          onSearch(input.current?.value.trim() ?? '');
        }}
      >
        <input
          type="search"
          aria-label={text.search}
          placeholder={text.searchPlaceholder}
          ref={input}
          defaultValue={search}
          onInput={() => {
            clearTimeout(pause.current);
            pause.current = setTimeout(() => onSearch(input.current?.value.trim() ?? ''), SEARCH_PAUSE_MS);
          }}
        />
      </form>
      <dl class="archive-state">
        <div>
          <dt class="visually-hidden">{text.recordsInArchive}</dt>
          <dd>
            <output aria-label={text.recordsInArchive}>{total === undefined ? '…' : text.number(total)}</output> <span>{text.records}</span>
          </dd>
        </div>
        <div>
          <dt class="visually-hidden">{text.dataSource}</dt>
          <dd class={`source source-${source}`}>{text[SOURCE_WORD[source]]}</dd>
        </div>
        <div>
          <dt class="visually-hidden">{text.syncState}</dt>
          <dd class={`sync sync-${state.tone}`} title={problem}>
            <span class="dot" aria-hidden="true" /> {state.label}
          </dd>
        </div>
        {/* Once there is anything to cover: an empty archive's page says what to do first. */}
        {!!total && coverage !== undefined && (
          <div>
            <dt class="visually-hidden">{text.coverageState}</dt>
            <CoverageLine text={text} lang={lang} coverage={coverage} href={coverageHref} onOpen={onCoverage} />
          </div>
        )}
      </dl>
      <div class="header-actions">
        <button type="button" class="header-button" disabled={busy} onClick={() => fileInput.current?.click()}>
          {text.importLogs}
        </button>
        <label class="visually-hidden">
          {text.importLogs}
          <input
            ref={fileInput}
            type="file"
            multiple
            tabIndex={-1}
            accept=".csv,.json,text/csv,application/json"
            disabled={busy}
            onChange={(e) => {
              const el = e.currentTarget as HTMLInputElement;
              const files = [...(el.files ?? [])];
              el.value = '';
              onFiles(files);
            }}
          />
        </label>
        <label class="language">
          <span class="visually-hidden">{text.language}</span>
          <select aria-label={text.language} value={lang} onChange={(e) => onLang((e.currentTarget as HTMLSelectElement).value as Lang)}>
            <option value="en">English</option>
            <option value="it">Italiano</option>
          </select>
        </label>
      </div>
    </header>
  );
}
