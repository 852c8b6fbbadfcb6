import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { appText } from '../app-text';
import type { Lang } from '../../core/words/locale';
import type { ImportOutcome } from '../workers/import-worker';
import { JobBar } from './job-bar';
import { useImportJobs } from './import-jobs';

// The import worker, as the hook calls it: one file that brought 1,234 new records and 5 already kept.
vi.mock('../workers/worker-clients', () => ({
  importWorker: () => ({
    importFiles: async (): Promise<ImportOutcome[]> => [{ label: 'a.csv', added: 1234, duplicates: 5, problems: [], problemCount: 0 } as unknown as ImportOutcome],
  }),
  Comlink: { proxy: <T,>(f: T) => f },
}));

function Shell() {
  const [lang, setLang] = useState<Lang>('en');
  const text = appText(lang);
  const jobs = useImportJobs(text, () => undefined);
  return (
    <>
      <button type="button" onClick={() => jobs.importFiles([new File(['x'], 'a.csv')])}>
        Import
      </button>
      <button type="button" onClick={() => setLang('it')}>
        Italiano
      </button>
      <JobBar text={text} jobs={jobs} />
    </>
  );
}

afterEach(cleanup);

describe('the job bar', () => {
  it('says what the last import brought in the language shown, also after switching it', async () => {
    render(<Shell />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('1,234 new records, 5 already in the archive.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Italiano' }));
    // (Italian groups digits from five on: 1234.)
    expect(await screen.findByText(`${new Intl.NumberFormat('it').format(1234)} record nuovi, 5 già nell’archivio.`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: appText('it').closeMessage }));
    expect(screen.queryByText(/record nuovi/)).toBeNull();
  });
});
