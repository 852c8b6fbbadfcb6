import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { appText } from '../app-text';
import { SampleDataNote } from './log-states';

afterEach(cleanup);

describe('the sample-data note', () => {
  it('says the data is generated, in the whole sentence and the one-line words for narrow screens, with one way to remove it', () => {
    const remove = vi.fn();
    render(<SampleDataNote text={appText('en')} onRemove={remove} />);
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('You are looking at sample data: generated records, not your Partner Center.');
    expect(note.textContent).toContain('Sample data, not your Partner Center.');
    // Its name is the whole action at every width ("Remove" alone on a phone begins it).
    const button = within(note).getByRole('button', { name: 'Remove the sample data' });
    fireEvent.click(button);
    expect(remove).toHaveBeenCalledOnce();
  });

  it('speaks Italian', () => {
    render(<SampleDataNote text={appText('it')} onRemove={() => {}} />);
    expect(within(screen.getByRole('note')).getByRole('button', { name: 'Rimuovi i dati di esempio' })).toBeTruthy();
  });
});
