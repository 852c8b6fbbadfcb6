import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KNOWN_RESOURCE_TYPES, resourceTypeFromText } from './resource-type';

describe('resource types for the filter', () => {
  it('reads what a person types as the API’s name', () => {
    expect(resourceTypeFromText(' Customer user ')).toBe('customer_user');
    expect(resourceTypeFromText('third-party add on')).toBe('third_party_add_on');
    expect(resourceTypeFromText('order')).toBe('order');
  });

  it('leaves every known name as it is, however it is spaced or cased', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_RESOURCE_TYPES), fc.boolean(), (name, upper) => {
        const typed = name.replace(/_/g, ' ');
        expect(resourceTypeFromText(upper ? typed.toUpperCase() : typed)).toBe(name);
      }),
    );
  });

  it('lists each of SPEC §2’s types once', () => {
    expect(new Set(KNOWN_RESOURCE_TYPES).size).toBe(KNOWN_RESOURCE_TYPES.length);
    expect(KNOWN_RESOURCE_TYPES).toContain('granular_admin_relationship');
  });
});
