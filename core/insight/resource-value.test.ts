import { describe, expect, it } from 'vitest';
import { fieldOf, indexedDataKey, numberFrom, objectOf, readResourceValue } from './resource-value';

describe('reading resource values without trust', () => {
  it('tells empty, JSON and text apart', () => {
    expect(readResourceValue('')).toEqual({ kind: 'empty' });
    expect(readResourceValue('  \n')).toEqual({ kind: 'empty' });
    expect(readResourceValue('n/a')).toEqual({ kind: 'text', text: 'n/a' });
    expect(readResourceValue('{broken')).toEqual({ kind: 'text', text: '{broken' });
    expect(objectOf(readResourceValue('[1,2]'))).toBeUndefined();
    expect(objectOf(readResourceValue('{"Quantity":3}'))).toEqual({ Quantity: 3 });
  });

  it('finds fields in any casing and along dotted paths', () => {
    const o = { Quantity: 3, pricing: { EffectiveUnitPrice: '4.80' } };
    expect(fieldOf(o, 'quantity')).toBe(3);
    expect(numberFrom(fieldOf(o, 'pricing.effectiveUnitPrice') as string)).toBe(4.8);
    expect(numberFrom('12,50')).toBe(12.5);
    expect(numberFrom('twelve')).toBeUndefined();
  });

  it('reads numbered customizedData keys with a dash or an underscore', () => {
    expect(indexedDataKey('Quantity-0')).toEqual({ base: 'quantity', index: 0 });
    expect(indexedDataKey('OfferId_12')).toEqual({ base: 'offerid', index: 12 });
    expect(indexedDataKey('OrderId')).toBeUndefined();
    expect(indexedDataKey('Sub-')).toBeUndefined();
  });
});
