import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { emptyRecord } from '../../core/record/activity-record';
import { clearArchive, countRecords, openActivityDb } from '../store/activity-db';
import { importBatch } from '../store/batch-writer';
import { appText } from '../app-text';
import { BatchList } from './batch-list';
import { StoragePanel } from './storage-panel';

const rec = (i: number) => ({ ...emptyRecord('api'), key: `id:${i}`, id: String(i), operationDate: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() });

describe('the list of imports', () => {
  it('undoes one import from its labelled button, leaving the others', async () => {
    const db = openActivityDb();
    await clearArchive(db);
    await importBatch(db, 'file', 'october.csv', [[rec(1), rec(2)]]);
    await importBatch(db, 'file', 'november.csv', [[rec(3)]]);
    let changed = 0;
    render(<BatchList text={appText('en')} batches={await db.batches.toArray()} onChanged={() => changed++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Undo import: november.csv' }));
    await waitFor(() => expect(changed).toBe(1));
    expect(await countRecords(db)).toBe(2);
    expect((await db.batches.toArray()).map((b) => b.label)).toEqual(['october.csv']);
  });

  it('deletes all data only after the user confirms', async () => {
    const db = openActivityDb();
    await importBatch(db, 'file', 'keep-or-not.csv', [[rec(10)]]);
    render(<StoragePanel text={appText('it')} version={0} onChanged={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: 'Elimina tutti i dati' }));
    expect(screen.getByRole('alertdialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Annulla' }));
    expect(await countRecords(db)).toBeGreaterThan(0);
    fireEvent.click(screen.getByRole('button', { name: 'Elimina tutti i dati' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Elimina tutti i dati' })[0]);
    await waitFor(async () => expect(await countRecords(db)).toBe(0));
    expect(await db.batches.count()).toBe(0);
  });

  it('shows the space used again after the archive changed', async () => {
    let usage = 0;
    const estimate = vi.fn(async () => ({ usage, quota: 4_096 * 1_048_576 }));
    const storage = Object.getOwnPropertyDescriptor(navigator, 'storage');
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate } });
    try {
      const { rerender } = render(<StoragePanel text={appText('en')} version={0} onChanged={() => undefined} />);
      await waitFor(() => expect(screen.getByText(/^0\.0 MB used, 4096\.0 MB available/)).toBeTruthy());
      usage = 12.5 * 1_048_576; // an import landed
      rerender(<StoragePanel text={appText('en')} version={1} onChanged={() => undefined} />);
      await waitFor(() => expect(screen.getByText(/^12\.5 MB used/)).toBeTruthy());
    } finally {
      if (storage) Object.defineProperty(navigator, 'storage', storage);
      else delete (navigator as { storage?: unknown }).storage;
    }
  });
});
