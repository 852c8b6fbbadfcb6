import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveWithDownloadLink } from './download-link';

afterEach(() => vi.useRealTimers());

describe('saving through a download link', () => {
  it('clicks a hidden link named for the file, leaves nothing behind, and frees the blob’s URL later', () => {
    vi.useFakeTimers();
    const revoke = vi.spyOn(URL, 'revokeObjectURL');
    const clicked: { name: string; href: string; hidden: boolean }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ name: this.download, href: this.href, hidden: this.hidden });
    });
    saveWithDownloadLink(document, new Blob(['a,b\r\n']), 'activity-log_2026-11-01_2026-11-30.csv');
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.name).toBe('activity-log_2026-11-01_2026-11-30.csv');
    expect(clicked[0]!.href).toMatch(/^blob:/);
    expect(clicked[0]!.hidden).toBe(true);
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
    expect(revoke).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(revoke).toHaveBeenCalledWith(clicked[0]!.href);
    click.mockRestore();
    revoke.mockRestore();
  });
});
