import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileQuery, textSearchFields } from '../../core/asking/activity-query';
import { emptyRecord, type ActivityRecord } from '../../core/record/activity-record';
import { buildBlocks } from './block-builder';
import { applyTextWords, textWordsOf } from './block-text-match';

const text = fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_.:"{}éÉßøÑñÆİı日本'.split('')), maxLength: 30 });
const recordArb = fc.record({
  customerName: text, customerId: text, id: text, partnerId: text, userPrincipalName: text, applicationId: text, resourceType: fc.oneof(fc.constantFrom('order', 'license'), text),
  operationType: fc.constantFrom('create_order', 'some_new_thing', ''), actionText: text, originalCorrelationId: text, resourceOldValue: text, resourceNewValue: text,
  operationStatus: fc.constantFrom('', 'failed', 'succeeded', 'odd'),
  customizedData: fc.array(fc.record({ key: text, value: text }), { maxLength: 2 }), extra: fc.array(fc.record({ key: text, value: text }), { maxLength: 2 }),
});

describe('free text on a block as stored', () => {
  it('finds exactly the records the core text filter finds, any words', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), fc.nat(), fc.boolean(), (parts, which, start, length, two) => {
        const records: ActivityRecord[] = parts.map((p, i) => ({ ...emptyRecord('api'), ...p, key: `k${i}` }));
        const [block] = buildBlocks(records, 1, 1);
        const fields = textSearchFields(records[which % records.length]!);
        const field = fields[which % fields.length]!;
        const from = start % (field.length + 1);
        let query = field.slice(from, from + 1 + (length % 6));
        if (two) query += ` ${fields[(which + 3) % fields.length]!.slice(0, 3)}`;
        const words = textWordsOf(query);
        if (!words) return;
        const mask = new Uint8Array(block!.summary.count).fill(1);
        applyTextWords(mask, block!.facets, block!.summary.partStarts, block!.records, words);
        // Block order is the facets' order: read it back from the parts.
        const inBlock = block!.records.flatMap((part) => part.columns.key);
        const test = compileQuery({ text: query });
        const byKey = new Map(records.map((r) => [r.key, r]));
        expect(inBlock.map((k, i) => mask[i] === 1), query).toEqual(inBlock.map((k) => test(byKey.get(k)!)));
      }),
      { numRuns: 1500 },
    );
  });

  it('leaves out the records of parts it was not given', () => {
    const records = ['a', 'b', 'c', 'd'].map((c, i) => ({ ...emptyRecord('api'), key: `k${i}`, customerId: `customer-${c}`, id: `rec-${i}` }));
    const [block] = buildBlocks(records, 1, 1);
    const mask = new Uint8Array(4).fill(1);
    applyTextWords(mask, block!.facets, block!.summary.partStarts, block!.records.slice(1), textWordsOf('rec')!);
    const firstPart = block!.records[0]!.columns.key.length;
    expect([...mask].slice(0, firstPart).every((m) => m === 0)).toBe(true);
    expect([...mask].slice(firstPart).every((m) => m === 1)).toBe(true);
  });
});
