// What the log shows when it has no rows to show, each saying what to do next with one primary action: the archive
// is empty (load the sample, or import), it is still opening, it could not be read (try again), no record matches
// (clear the filters); and the note that what is shown is generated sample data.
import type { AppText } from '../app-text';

function State({ title, body, tone = 'neutral', children }: { title: string; body?: string; tone?: 'neutral' | 'error'; children?: preact.ComponentChildren }) {
  return (
    <div class={`empty-state ${tone}`}>
      <svg class="empty-art" aria-hidden="true" width="64" height="64" viewBox="0 0 64 64">
        <rect x="10" y="14" width="44" height="36" rx="4" fill="none" stroke="currentColor" stroke-width="2.5" />
        <path d="M10 24h44M20 32h24M20 40h16" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
      </svg>
      <h3>{title}</h3>
      {body && <p>{body}</p>}
      {children && <div class="state-actions">{children}</div>}
    </div>
  );
}

export function EmptyArchive({ text, busy, onLoadSample, onImport, importsHref, onImports }: { text: AppText; busy: boolean; onLoadSample(): void; onImport(): void; importsHref: string; onImports(): void }) {
  return (
    <State title={text.emptyTitle} body={text.emptyBody}>
      <button type="button" class="primary" disabled={busy} onClick={onLoadSample}>
        {text.loadSample}
      </button>
      <button type="button" disabled={busy} onClick={onImport}>
        {text.importLogs}
      </button>
      <a
        href={importsHref}
        onClick={(e) => {
          e.preventDefault();
          onImports();
        }}
      >
        {text.otherSources}
      </a>
      <p class="muted small">{text.sampleNote}</p>
    </State>
  );
}

export function OpeningArchive({ text }: { text: AppText }) {
  return (
    <div class="empty-state loading" role="status">
      <span class="spinner" aria-hidden="true" />
      <p>{text.loadingArchive}</p>
    </div>
  );
}

export function ReadFailed({ text, message, onRetry }: { text: AppText; message: string; onRetry(): void }) {
  return (
    <div role="alert">
      <State title={text.readFailed} body={message} tone="error">
        <button type="button" class="primary" onClick={onRetry}>
          {text.retry}
        </button>
      </State>
    </div>
  );
}

export function NoMatch({ text, filtered, onClear }: { text: AppText; filtered: boolean; onClear(): void }) {
  return (
    <State title={text.noMatchTitle} body={text.noMatchBody}>
      {filtered && (
        <button type="button" class="primary" onClick={onClear}>
          {text.clear}
        </button>
      )}
    </State>
  );
}

export function SampleDataNote({ text, onRemove }: { text: AppText; onRemove(): void }) {
  return (
    <div class="message-bar info sample-note" role="note">
      <svg class="message-icon" aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
        <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.4" />
        <path d="M8 7v4.2M8 4.6v.1" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      {/* One line on a narrow screen: the short words there, the whole sentence elsewhere. */}
      <p>
        <span class="wide-words">{text.sampleBanner}</span>
        <span class="narrow-words">{text.sampleBannerShort}</span>
      </p>
      <button type="button" class="subtle" aria-label={text.removeSample} onClick={onRemove}>
        <span class="wide-words">{text.removeSample}</span>
        <span class="narrow-words">{text.removeSampleShort}</span>
      </button>
    </div>
  );
}
