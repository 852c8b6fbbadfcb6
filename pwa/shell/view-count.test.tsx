import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { appText } from '../app-text';
import { ViewCount } from './view-count';

const count = () => screen.getByRole('status', { name: 'Records in this view' }).textContent;

afterEach(cleanup);

describe('the log’s count', () => {
  it('counts the period’s records when no filter is set', () => {
    render(<ViewCount text={appText('en')} total={6164} exact filtered={false} />);
    expect(count()).toBe('6,164 records');
  });

  it('says what a filter matched, one record too', () => {
    const { rerender } = render(<ViewCount text={appText('en')} total={2} exact filtered />);
    expect(count()).toBe('2 matching');
    rerender(<ViewCount text={appText('en')} total={1} exact filtered={false} />);
    expect(count()).toBe('1 record');
  });

  it('says "at least" while the view is still counted, and working before the first read', () => {
    const { rerender } = render(<ViewCount text={appText('en')} total={200} exact={false} filtered />);
    expect(count()).toBe('200+ matching (counting…)');
    rerender(<ViewCount text={appText('en')} total={undefined} exact={false} filtered={false} />);
    expect(count()).toBe('Working…');
  });

  it('speaks Italian', () => {
    const { rerender } = render(<ViewCount text={appText('it')} total={20_000} exact filtered={false} />);
    expect(screen.getByRole('status', { name: 'Record in questa vista' }).textContent).toBe('20.000 record');
    rerender(<ViewCount text={appText('it')} total={12_345} exact={false} filtered />);
    expect(screen.getByRole('status', { name: 'Record in questa vista' }).textContent).toBe('12.345+ corrispondenti (conteggio in corso…)');
  });
});
