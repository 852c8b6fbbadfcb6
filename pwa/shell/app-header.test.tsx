import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { appText } from '../app-text';
import { AppHeader } from './app-header';
import type { CoverageSummary } from './coverage-summary';

afterEach(cleanup);

function header(props: { total?: number; coverage?: CoverageSummary | null; lang?: 'en' | 'it' }, onCoverage = vi.fn()) {
  const lang = props.lang ?? 'en';
  render(
    <AppHeader
      text={appText(lang)}
      lang={lang}
      total={props.total}
      source="sample"
      coverage={props.coverage}
      coverageHref="?view=coverage"
      onCoverage={onCoverage}
      search=""
      busy={false}
      onSearch={() => {}}
      onFiles={() => {}}
      onLang={() => {}}
      fileInput={{ current: null }}
    />,
  );
  return onCoverage;
}

const year = new Date().getUTCFullYear();
const summary = (over: Partial<CoverageSummary> = {}): CoverageSummary => ({ from: `${year}-01-02`, to: `${year}-01-30`, gaps: 2, partialDays: 0, lostSoon: 0, ...over });

describe('the header’s coverage line', () => {
  it('sums up the days the archive covers and opens Archive coverage from its link', () => {
    const open = header({ total: 20_000, coverage: summary() });
    const link = screen.getByRole('link', { name: 'Covered 2 Jan – 30 Jan, 2 gaps' });
    expect(link.getAttribute('href')).toBe('?view=coverage');
    fireEvent.click(link);
    expect(open).toHaveBeenCalledOnce();
  });

  it('warns of the days about to be lost, and names the days held only in part', () => {
    header({ total: 5, coverage: summary({ gaps: 0, lostSoon: 7, partialDays: 91 }) });
    const link = screen.getByRole('link', { name: /^Covered 2 Jan – 30 Jan, no gaps · 7 days lost within 7 days$/ });
    expect(link.getAttribute('title')).toBe('91 days held only in part');
  });

  it('says no day is covered when records came without coverage, and nothing on an empty archive or before it is read', () => {
    header({ total: 3, coverage: null });
    expect(screen.getByRole('link', { name: 'No day covered yet' })).toBeTruthy();
    cleanup();
    header({ total: 0, coverage: null });
    expect(screen.queryByRole('link', { name: /cover/i })).toBeNull();
    cleanup();
    header({ total: 3, coverage: undefined });
    expect(screen.queryByRole('link', { name: /cover/i })).toBeNull();
  });

  it('speaks Italian', () => {
    header({ total: 3, coverage: summary({ gaps: 1 }), lang: 'it' });
    expect(screen.getByRole('link', { name: 'Coperto 2 gen – 30 gen, 1 lacuna' })).toBeTruthy();
  });
});
