import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runToolbarExport, badgeCount, type ToolbarExportDeps } from './run-toolbar-export';
import { createBackgroundSaver } from './background-downloads';
import { base64OfUtf8 } from './download-text-file';
import type { ActivitySource } from '../data-source/activity-source';
import { generateSampleRecords } from '../../sample-data/sample-generator';
import { defaultPeriod, queryRecords } from '../../core/asking/activity-query';
import { forbiddenError } from '../../core/partner-center/partner-center-error';
import { chunksText } from '../../core/leaving/chunks-text';
import { EXPORT_COLUMNS } from '../../core/leaving/export-columns';
import type { ActivityRecord } from '../../core/record/activity-record';

const utf8 = (text: string) => new TextEncoder().encode(text);

const now = new Date('2026-11-25T08:00:00Z');
const all = [...generateSampleRecords({ count: 700, seed: 4, now, days: 60 })];

/** A source that behaves like the API: the period and the customer filter are applied server-side. */
function sampleSource(records: ActivityRecord[]): ActivitySource {
  return {
    settings: { kind: 'sample', sampleUrl: 'http://127.0.0.1:1' },
    isSample: true,
    async *pages({ from, to, query }) {
      const matching = queryRecords(records, { from, to, customerId: query?.customerId });
      for (let i = 0; i < matching.length; i += 100) yield { records: matching.slice(i, i + 100), chunk: 1, chunks: 1 };
    },
  };
}

function harness(over: Partial<ToolbarExportDeps> = {}) {
  const saved: { name: string; text: string; mimeType: string }[] = [];
  const badges: string[] = [];
  const notes: { title: string; message: string }[] = [];
  const deps: ToolbarExportDeps = {
    openSource: async () => sampleSource(all),
    now: () => now,
    lang: 'en',
    delimiter: ',',
    saveTextFile: async (f) => void saved.push({ name: f.name, text: chunksText(f.parts), mimeType: f.mimeType }),
    setBadge: (t) => void badges.push(t),
    notify: (n) => void notes.push(n),
    ...over,
  };
  return { deps, saved, badges, notes };
}

function csvRows(text: string, delimiter = ','): string[][] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, newline: '\r\n' }).data.filter((r) => r.length > 1);
}

describe('the toolbar’s one-click export', () => {
  it('saves the most recent month as one Excel CSV, newest first, and says the file name and row count', async () => {
    const { deps, saved, badges, notes } = harness();
    const result = await runToolbarExport(deps);
    const period = defaultPeriod(now);
    const expected = queryRecords(all, period);
    expect(result).toEqual({ status: 'saved', sample: true, files: [{ name: `activity-log_${period.from}_${period.to}.csv`, rows: expected.length }] });
    expect(saved).toHaveLength(1);
    expect(saved[0]!.text.startsWith('\uFEFF')).toBe(true);
    const rows = csvRows(saved[0]!.text);
    expect(rows[0]).toEqual(EXPORT_COLUMNS.map((c) => c.header.en));
    expect(rows.slice(1).map((r) => r[10])).toEqual(expected.map((r) => r.id));
    expect(badges[0]).toBe('…');
    expect(badges).toContain(badgeCount(expected.length));
    expect(badges.at(-1)).toBe('✓');
    expect(notes).toEqual([
      { title: 'Activity log exported (sample data)', message: `activity-log_${period.from}_${period.to}.csv: ${expected.length} records, saved to your downloads folder.` },
    ]);
  });

  it('on a customer’s page exports only that customer, in Italian with ; when the browser is Italian', async () => {
    const customer = all.find((r) => r.customerId !== '')!;
    const { deps, saved, notes } = harness({ customerId: customer.customerId, lang: 'it', delimiter: ';' });
    await runToolbarExport(deps);
    const rows = csvRows(saved[0]!.text, ';');
    expect(rows[0]!.slice(0, 4)).toEqual(['Data-ora (UTC)', 'Cliente interessato', 'Azione', 'Utente partner']);
    expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set([customer.customerId]));
    expect(notes[0]!.message).toContain(`di ${customer.customerName}`);
  });

  it('splits past the row limit into numbered files and says so', async () => {
    const { deps, saved, notes } = harness({ maxRowsPerFile: 101 });
    const result = await runToolbarExport(deps);
    const count = queryRecords(all, defaultPeriod(now)).length;
    expect(saved.length).toBe(Math.ceil(count / 100));
    expect(saved[1]!.name).toMatch(/_part-2-of-\d+\.csv$/);
    expect(saved.every((f) => csvRows(f.text)[0]![0] === 'Date-Time (UTC)')).toBe(true);
    expect(result.status === 'saved' && result.files.reduce((n, f) => n + f.rows, 0)).toBe(count);
    expect(notes[0]!.message).toContain(`${saved.length} files`);
  });

  it('saves nothing and tells what to do when Partner Center refuses or nobody is signed in', async () => {
    const refused = harness({ openSource: async () => ({ ...sampleSource(all), async *pages() { throw forbiddenError(); } }) });
    expect(await runToolbarExport(refused.deps)).toMatchObject({ status: 'problem', problem: { kind: 'forbidden' } });
    expect(refused.saved).toEqual([]);
    expect(refused.badges.at(-1)).toBe('!');
    expect(refused.notes[0]!.message).toMatch(/Global admin/);
    const signedOut = harness({ openSource: async () => ({ ...sampleSource(all), async *pages() { throw Object.assign(new Error('x'), { kind: 'not-signed-in' }); } }) });
    await runToolbarExport(signedOut.deps);
    expect(signedOut.notes[0]!.message).toMatch(/sign in/);
  });

  it('an empty month saves no empty file', async () => {
    const { deps, saved, notes } = harness({ openSource: async () => sampleSource([]) });
    expect(await runToolbarExport(deps)).toEqual({ status: 'nothing' });
    expect(saved).toEqual([]);
    expect(notes[0]!.title).toBe('Nothing to export');
  });
});

describe('saving from the service worker', () => {
  it('a small file goes to downloads as a data: URL holding the exact UTF-8 bytes', async () => {
    const calls: { url: string; filename?: string }[] = [];
    const downloads = { ...fakeBrowser.downloads, download: async (o: { url: string; filename?: string }) => (calls.push(o), 1) };
    const save = createBackgroundSaver({ downloads: downloads as never, runtime: { sendMessage: async () => undefined, getURL: (p: string) => p } as never });
    const text = '\uFEFFDate-Time (UTC),Affected customer\r\n2026-11-25 08:00:00,Żabka Sp. z o.o. “€”\r\n';
    const withoutBlobUrls = URL.createObjectURL;
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    try {
      await save({ name: 'activity-log_2026-10-25_2026-11-25.csv', parts: [utf8(text.slice(0, 7)), utf8(text.slice(7))], mimeType: 'text/csv' });
    } finally {
      URL.createObjectURL = withoutBlobUrls;
    }
    expect(calls[0]!.filename).toBe('activity-log_2026-10-25_2026-11-25.csv');
    const base64 = calls[0]!.url.split(',')[1]!;
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)))).toBe(text);
  });

  it('a big file goes through the offscreen document as its exact text, a character split across parts included', async () => {
    const messages: { type: string; text?: string }[] = [];
    const downloads = { download: async () => 1, onChanged: { addListener: () => undefined, removeListener: () => undefined } };
    const runtime = {
      getURL: (p: string) => p,
      sendMessage: async (m: { type: string; text?: string }) => (messages.push(m), m.type === 'blob-url' ? { url: 'blob:x' } : { ok: true }),
    };
    const offscreen = { createDocument: async () => undefined, hasDocument: async () => false };
    const save = createBackgroundSaver({ downloads: downloads as never, runtime: runtime as never, offscreen });
    // Past one message's 4M characters, so the file goes in more than one.
    const text = '\uFEFF' + 'Żabka “€” 😀,'.repeat(600_000);
    const bytes = utf8(text);
    const withoutBlobUrls = URL.createObjectURL;
    (URL as { createObjectURL?: unknown }).createObjectURL = undefined;
    try {
      // The first part past one message, cut inside a 😀's four bytes: the message ends on half a character.
      const cut = bytes.indexOf(0xf0, bytes.length * 0.7) + 1;
      await save({ name: 'big.csv', parts: [bytes.slice(0, cut), bytes.slice(cut)], mimeType: 'text/csv' });
    } finally {
      URL.createObjectURL = withoutBlobUrls;
    }
    const parts = messages.filter((m) => m.type === 'blob-part');
    expect(parts.length).toBeGreaterThan(1);
    // Compared as a boolean: a diff of 8M characters would drown the report.
    const sent = parts.map((m) => m.text).join('');
    expect(sent.startsWith('\uFEFFŻabka')).toBe(true);
    expect(sent === text).toBe(true);
  });

  it('base64 of a long text equals the one-shot encoding (slices never pad in the middle)', () => {
    const text = 'àé€😀,'.repeat(40_000);
    const expected = Buffer.from(text, 'utf8').toString('base64');
    expect(base64OfUtf8([utf8(text.slice(0, 12_345)), utf8(text.slice(12_345))])).toBe(expected);
  });
});
