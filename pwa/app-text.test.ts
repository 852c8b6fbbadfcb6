import { describe, expect, it } from 'vitest';
import { appText } from './app-text';

describe('the app’s counts', () => {
  it('are written as each language writes numbers', () => {
    expect(appText('en').exportDone(1, 20_000)).toBe('Exported 20,000 rows.');
    expect(appText('it').exportDone(2, 1_100_000)).toBe('Esportate 1.100.000 righe in 2 file (Excel consente 1.048.576 righe per foglio).');
    expect(appText('en').imported(12_345, 0)).toBe('12,345 new records, 0 already in the archive.');
    expect(appText('it').number(20_000)).toBe('20.000');
  });
});
