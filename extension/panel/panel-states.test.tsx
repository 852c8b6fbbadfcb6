import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { EmptyState, LoadingState, ProblemState, SampleDataBanner } from './panel-states';

afterEach(cleanup);

const problem = (kind: string, message = 'Partner Center could not be reached.') =>
  ({ status: 'problem', problem: { kind, message } }) as const;

describe('the states a partner meets in the side panel', () => {
  it('not signed in: says so and offers Sign in and the settings', () => {
    const onSignIn = vi.fn();
    const onOpenOptions = vi.fn();
    render(<ProblemState load={problem('not-signed-in') as never} lang="en" onRetry={() => undefined} onSignIn={onSignIn} onOpenOptions={onOpenOptions} />);
    expect(screen.getByRole('heading', { name: 'Not signed in' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open settings' }));
    expect(onSignIn).toHaveBeenCalledOnce();
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });

  it('403: names the roles that may read the activity log', () => {
    render(<ProblemState load={problem('forbidden') as never} lang="en" onRetry={() => undefined} onSignIn={() => undefined} onOpenOptions={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toMatch(/Global admin.*Helpdesk agent/);
  });

  it('Partner Center down: says it, keeps the client’s reason, offers Retry', () => {
    const onRetry = vi.fn();
    render(<ProblemState load={problem('network') as never} lang="it" onRetry={onRetry} onSignIn={() => undefined} onOpenOptions={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Partner Center non risponde in questo momento.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Riprova' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('loading: a progress bar and a live count, with Cancel', () => {
    const onCancel = vi.fn();
    render(<LoadingState load={{ status: 'loading', received: 1234, chunksDone: 1, chunks: 2 }} lang="en" onCancel={onCancel} />);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('50');
    expect(screen.getByRole('status').textContent).toContain('1,234 records');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('empty period and sample data are said in words', () => {
    render(
      <>
        <EmptyState lang="en" filtered={false} />
        <SampleDataBanner lang="en" />
      </>,
    );
    expect(screen.getByText('No activity in this period')).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Sample data');
  });
});
