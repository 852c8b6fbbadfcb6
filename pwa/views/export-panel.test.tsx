import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { appText } from '../app-text';
import type { ExportRequest, ExportedFile } from '../workers/export-worker';
import { exportFileNames } from '../../core/leaving/export-files';
import { exportFileName } from '../../core/leaving/export-file-name';

/** What the fake export worker was asked, and the files it hands back. */
const worker = vi.hoisted(() => ({ requests: [] as unknown[], files: [] as unknown[] }));
vi.mock('../workers/worker-clients', () => ({
  exportWorker: () => ({
    exportView: async (request: unknown) => {
      worker.requests.push(request);
      return worker.files;
    },
    cancel: () => undefined,
  }),
  Comlink: { proxy: <T,>(f: T) => f },
}));

const { ExportPanel } = await import('./export-panel');

const query = { from: '2026-11-01', to: '2026-11-30' };
let downloads: { name: string; href: string }[];

/** The files as the worker hands them back, named by core's pipeline. */
function files(...rows: number[]): ExportedFile[] {
  const named = exportFileNames(exportFileName({ ...query, ext: 'csv' }), rows.map((n, i) => ({ part: i + 1, rows: n })));
  return named.map((f) => ({ part: f.part - 1, name: f.name, rows: f.rows, blob: new Blob([`part ${f.part}`], { type: 'text/csv' }) }));
}

beforeEach(() => {
  worker.requests = [];
  downloads = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, href: this.href });
  });
  URL.createObjectURL = vi.fn(() => `blob:${downloads.length}`);
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
});

describe('Export log in the app', () => {
  it('downloads at once as activity-log_{from}_{to}.csv, never asking where, even where Save as… exists', async () => {
    const picker = vi.fn();
    (window as { showSaveFilePicker?: unknown }).showSaveFilePicker = picker;
    worker.files = files(7);
    render(<ExportPanel text={appText('en')} lang="en" query={query} defaultDelimiter="," />);
    fireEvent.click(screen.getByRole('button', { name: 'Export log' }));
    await screen.findByText('Exported 7 rows.');
    expect(picker).not.toHaveBeenCalled();
    expect((worker.requests[0] as ExportRequest).handle).toBeUndefined();
    expect(downloads.map((d) => d.name)).toEqual(['activity-log_2026-11-01_2026-11-30.csv']);
  });

  it('downloads every part of an export split at Excel’s row limit, numbered, and says how many', async () => {
    worker.files = files(1_048_575, 1_048_575, 10);
    render(<ExportPanel text={appText('en')} lang="en" query={query} defaultDelimiter="," />);
    fireEvent.click(screen.getByRole('button', { name: 'Export log' }));
    await screen.findByText(/Exported 2,097,160 rows in 3 files/);
    expect(downloads.map((d) => d.name)).toEqual([1, 2, 3].map((n) => `activity-log_2026-11-01_2026-11-30_part-${n}-of-3.csv`));
  });

  it('Save as… streams to the file the user picks, suggesting the same name', async () => {
    const handle = { name: 'picked.csv' };
    const picker = vi.fn(async () => handle);
    (window as { showSaveFilePicker?: unknown }).showSaveFilePicker = picker;
    worker.files = [{ part: 0, name: 'activity-log_2026-11-01_2026-11-30.csv', rows: 7 }];
    render(<ExportPanel text={appText('it')} lang="it" query={query} defaultDelimiter=";" />);
    fireEvent.click(screen.getByRole('button', { name: 'Salva con nome…' }));
    await screen.findByText('Esportate 7 righe.');
    expect(picker).toHaveBeenCalledWith(expect.objectContaining({ suggestedName: 'activity-log_2026-11-01_2026-11-30.csv' }));
    expect((worker.requests[0] as ExportRequest).handle).toBe(handle);
    expect(downloads).toEqual([]);
  });

  it('offers no Save as… where the browser cannot save to a chosen file', () => {
    render(<ExportPanel text={appText('en')} lang="en" query={query} defaultDelimiter="," />);
    expect(screen.getByRole('button', { name: 'Export log' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save as…' })).toBeNull();
  });

  it('does nothing when the user closes the Save as… dialog', async () => {
    const picker = vi.fn(async () => {
      throw new DOMException('aborted', 'AbortError');
    });
    (window as { showSaveFilePicker?: unknown }).showSaveFilePicker = picker;
    render(<ExportPanel text={appText('en')} lang="en" query={query} defaultDelimiter="," />);
    fireEvent.click(screen.getByRole('button', { name: 'Save as…' }));
    await waitFor(() => expect(picker).toHaveBeenCalled());
    expect(worker.requests).toEqual([]);
  });

  it('on a narrow screen keeps Export log in sight and its format and delimiter behind Export options; Esc folds them back', () => {
    render(<ExportPanel text={appText('en')} lang="en" query={query} defaultDelimiter="," />);
    const toggle = screen.getByRole('button', { name: 'Export options' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const options = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(options.contains(screen.getByLabelText('Format'))).toBe(true);
    expect(options.contains(screen.getByLabelText('CSV delimiter'))).toBe(true);
    expect(options.contains(screen.getByRole('button', { name: 'Export log' }))).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    screen.getByLabelText('Format').focus();
    fireEvent.keyDown(screen.getByLabelText('Format'), { key: 'Escape' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
