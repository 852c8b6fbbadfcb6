import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileQuery, textSearchFields } from '../../core/asking/activity-query';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { foldText } from '../../core/asking/fold-text';
import { hintsFor, mayMatchText } from './block-summary';
import { buildBlocks } from './block-builder';

// ASCII, Latin letters the gram loop folds as it goes (ß → ss, İ → i, Æ → ae, ǅ …) and characters beyond its table.
const text = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_.:"{}éÉßøÑñÆæŒœİıĳǅǈẞ×÷\u00ad\u0301日本'.split('')), maxLength: 40 });
const recordArb = fc.record({
  customerName: text, customerId: text, id: text, userPrincipalName: text, applicationId: text, resourceType: text, operationType: fc.constantFrom('create_order', 'some_new_thing', ''),
  actionText: text, originalCorrelationId: text, resourceOldValue: text, resourceNewValue: text, operationStatus: fc.constantFrom('', 'failed', 'odd'),
  customizedData: fc.array(fc.record({ key: text, value: text }), { maxLength: 3 }),
});

describe('text grams of a block', () => {
  it('let through every block holding a record that a free-text search matches (no false negatives)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), fc.nat(), (parts, which, start, length) => {
        const records: ActivityRecord[] = parts.map((p, i) => ({ ...emptyRecord('api'), ...p, key: `k${i}` }));
        const [{ text: grams }] = buildBlocks(records, 1, 1);
        const r = records[which % records.length]!;
        const fields = textSearchFields(r);
        const field = fields[which % fields.length]!;
        // A piece of the field folded, or a piece of the folded field (folding can join or lengthen letters).
        const source = length % 2 === 0 ? field : foldText(field);
        const from = start % (source.length + 1);
        const word = foldText(source.slice(from, from + 3 + (length % 8))).split(' ')[0]!;
        const query = { text: word };
        // Only words the predicate really finds matter; for those the block must pass.
        if (word === '' || !compileQuery(query)(r)) return;
        expect(mayMatchText(grams, hintsFor('', '\uffff', undefined, query))).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('rule out a block without the word, and keep one with it', () => {
    const r = { ...emptyRecord('api'), key: 'a', id: '3f2b8c1e-0000-4a62-b111-222233334444', customerName: 'Società Contoso', resourceNewValue: '{"offerId":"CFQ7TTC0LH18"}' };
    const [{ text: grams }] = buildBlocks([r], 1, 1);
    const may = (t: string) => mayMatchText(grams, hintsFor('', '\uffff', undefined, { text: t }));
    expect(may('societa')).toBe(true);
    expect(may('contoso')).toBe(true);
    expect(may('cfq7ttc0')).toBe(true);
    expect(may('0000-4a62')).toBe(true);
    expect(may('fabrikam')).toBe(false);
    expect(may('99999999')).toBe(false);
  });
});
