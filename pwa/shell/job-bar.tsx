// Under the header on every page: the running import or fetch (progress, Cancel), what the last one brought, and
// the problems of its files with the choice of keeping the good rows or dropping the file.
import type { AppText } from '../app-text';
import type { ImportJobs } from './import-jobs';

export function JobBar({ text, jobs }: { text: AppText; jobs: ImportJobs }) {
  const { busy, message, outcomes } = jobs;
  const troubled = outcomes.filter((o) => o.problemCount > 0);
  if (!busy && !message && troubled.length === 0) return null;
  return (
    <div class="job-bar">
      {busy && (
        <div class="message-bar info" role="status" aria-live="polite">
          <span>
            {text.working} {busy.label}
          </span>
          <progress max={1} value={busy.fraction} aria-label={busy.label} />
          <span>
            {text.number(busy.added)} {text.added}
          </span>
          <button type="button" onClick={jobs.cancel}>
            {text.cancel}
          </button>
        </div>
      )}
      {message && !busy && (
        <div class="message-bar success">
          <p role="status">{message}</p>
          <button type="button" class="subtle icon" aria-label={text.closeMessage} onClick={jobs.dismissMessage}>
            <span aria-hidden="true">✕</span>
          </button>
        </div>
      )}
      {troubled.length > 0 && (
        <section class="message-bar warning problems" aria-label={text.problems}>
          <h2>{text.problems}</h2>
          {troubled.map((o) => (
            <div key={o.label}>
              <h3>
                {o.label}: {o.problemCount}
              </h3>
              <ul>
                {o.problems.map((p, i) => (
                  <li key={i}>
                    {p.row !== undefined ? `${text.problemRow} ${p.row}: ` : ''}
                    {p.message}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => jobs.keepGood(o)}>
                {text.keepGood}
              </button>{' '}
              {o.batchId !== undefined && (
                <button type="button" onClick={() => jobs.dropFile(o)}>
                  {text.dropFile}: {o.label}
                </button>
              )}
            </div>
          ))}
        </section>
      )}
    </div>
  );
}
