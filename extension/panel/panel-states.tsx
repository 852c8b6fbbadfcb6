// The states a user meets, each designed: not signed in, no role (403), loading with progress, Partner Center
// down, empty period, and the sample-data label.
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import type { LoadState } from './activity-log-store';
import { panelText } from './panel-text';

export function SampleDataBanner({ lang }: { lang: Lang }) {
  const text = logText(lang);
  return (
    <p class="sample-banner" role="note">
      <strong>{text.sampleData}</strong> <span>{text.sampleDataExplanation}</span>
    </p>
  );
}

export function LoadingState({ load, lang, onCancel }: { load: Extract<LoadState, { status: 'loading' }>; lang: Lang; onCancel(): void }) {
  const text = logText(lang);
  const words = panelText(lang);
  const percent = load.chunks > 0 ? Math.round((load.chunksDone / load.chunks) * 100) : 0;
  return (
    <div class="loading">
      <progress max={100} value={percent} aria-label={text.loading} />
      <span role="status">{words.fetching(load.received)}</span>
      <button type="button" onClick={onCancel}>
        {text.cancel}
      </button>
    </div>
  );
}

export interface ProblemStateProps {
  load: Extract<LoadState, { status: 'problem' }>;
  lang: Lang;
  onRetry(): void;
  onSignIn(): void;
  onOpenOptions(): void;
}

export function ProblemState({ load, lang, onRetry, onSignIn, onOpenOptions }: ProblemStateProps) {
  const text = logText(lang);
  const words = panelText(lang);
  const { kind, message } = load.problem;
  if (kind === 'not-signed-in' || kind === 'unauthorized') {
    return (
      <section class="state" role="alert" aria-labelledby="state-title">
        <h2 id="state-title">{text.notSignedIn}</h2>
        <p>{kind === 'unauthorized' ? words.unauthorizedExplanation : words.notSignedInExplanation}</p>
        <div class="buttons">
          <button type="button" class="primary" onClick={onSignIn}>
            {text.signIn}
          </button>
          <button type="button" onClick={onOpenOptions}>
            {words.openOptions}
          </button>
        </div>
      </section>
    );
  }
  if (kind === 'forbidden') {
    return (
      <section class="state" role="alert">
        <p>{text.forbiddenRoles}</p>
      </section>
    );
  }
  if (kind === 'cancelled') {
    return (
      <section class="state" role="status">
        <button type="button" onClick={onRetry}>
          {text.retry}
        </button>
      </section>
    );
  }
  const down = kind === 'network' || kind === 'server' || kind === 'throttled';
  return (
    <section class="state" role="alert" aria-labelledby="state-title">
      <h2 id="state-title">{down ? text.apiUnavailable : message}</h2>
      <p>{down ? `${message} ${words.apiDownExplanation}` : ''}</p>
      <button type="button" class="primary" onClick={onRetry}>
        {text.retry}
      </button>
    </section>
  );
}

export function EmptyState({ lang, filtered }: { lang: Lang; filtered: boolean }) {
  return (
    <p class="empty" role="status">
      {filtered ? panelText(lang).noMatch : logText(lang).noActivity}
    </p>
  );
}
