import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customerIdFromDashboardUrl, subscriptionsLink, SUBSCRIPTIONS_URL_TEMPLATE } from './subscriptions-link';

const id = '3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c';

describe('subscriptionsLink', () => {
  it("links a row to its customer's Subscriptions page on the dashboard", () => {
    expect(subscriptionsLink(id)).toBe(`https://partner.microsoft.com/dashboard/commerce2/customers/${id}/subscriptions`);
    expect(subscriptionsLink(id)).toBe(SUBSCRIPTIONS_URL_TEMPLATE.replace('{customerId}', id));
  });

  it('opens the dashboard in the user\'s language when given a locale', () => {
    expect(subscriptionsLink(id, { locale: 'it-IT' })).toBe(`https://partner.microsoft.com/it-it/dashboard/commerce2/customers/${id}/subscriptions`);
    expect(subscriptionsLink(id, { locale: 'javascript:' })).toBe(subscriptionsLink(id));
  });

  it('gives no link for a row without a customer id (a dashboard CSV row)', () => {
    expect(subscriptionsLink('')).toBeUndefined();
    expect(subscriptionsLink('  ')).toBeUndefined();
  });

  it('never lets an odd id escape the customer path', () => {
    expect(subscriptionsLink('../../x?y#z')).toBe('https://partner.microsoft.com/dashboard/commerce2/customers/..%2F..%2Fx%3Fy%23z/subscriptions');
  });
});

describe('customerIdFromDashboardUrl', () => {
  it('finds the customer on commerce2 and v2 pages, with or without a locale', () => {
    const urls = [
      `https://partner.microsoft.com/dashboard/commerce2/customers/${id}/subscriptions`,
      `https://partner.microsoft.com/en-us/dashboard/commerce2/customers/${id}/account`,
      `https://partner.microsoft.com/it-it/dashboard/v2/customers/${id}/subscriptions?x=1`,
      `https://partner.microsoft.com/dashboard/v2/customers/${id.toUpperCase()}`,
    ];
    for (const url of urls) expect(customerIdFromDashboardUrl(url), url).toBe(id);
  });

  it('reads back the id of any link it makes', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom(undefined, 'en-us', 'it-it', 'de-de'), (uuid, locale) => {
        expect(customerIdFromDashboardUrl(subscriptionsLink(uuid, locale ? { locale } : {})!)).toBe(uuid.toLowerCase());
      }),
    );
  });

  it('ignores other pages and ids that are not GUIDs', () => {
    expect(customerIdFromDashboardUrl('https://partner.microsoft.com/dashboard/account/v3/activitylog')).toBeUndefined();
    expect(customerIdFromDashboardUrl('https://partner.microsoft.com/dashboard/commerce2/customers/contoso/subscriptions')).toBeUndefined();
    expect(customerIdFromDashboardUrl(`https://partner.microsoft.com/x/y/dashboard/v2/customers/${id}`)).toBeUndefined();
    expect(customerIdFromDashboardUrl('not a url at all http://[')).toBeUndefined();
  });
});
