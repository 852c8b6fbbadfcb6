import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KNOWN_RESOURCE_TYPES, RESOURCE_TYPES_BY_NUMBER, resourceTypeFromText } from './resource-type';

/** SPEC §7: the SDK's ResourceType enum in its order (the index is PowerShell 5.1's integer). */
const SDK_RESOURCE_TYPE_ENUM = `Undefined, Customer, CustomerUser, Order, Subscription, License,
  ThirdPartyAddOn, MpnAssociation, Transfer, Application, ApplicationCredential, PartnerUser,
  PartnerRelationship, Referral, SoftwareKey, SoftwareDownloadLink, SpendingLimit, Invoice, Agreement,
  PartnerCustomerRelationship, SelfServePolicy, GranularAdminRelationship, GranularAdminAccessAssignment,
  PartnerCustomerDap, Credit, CustomerDirectoryRole, SoftwarePage, Device, Policy, Overage,
  NewCommerceMigration, AzureEntitlement, IndirectProviderIndirectResellerDap`
  .split(',')
  .map((s) => s.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase());

/** SPEC §2's list of resourceType values. */
const SPEC_RESOURCE_TYPES = `customer, customer_user, order, subscription, license,
  third_party_add_on, mpn_association, transfer, application, application_credential, partner_user,
  partner_relationship, partner_customer_dap, customer_directory_role, referral, software_key,
  software_download_link, spending_limit, invoice, agreement, partner_customer_relationship,
  self_serve_policy, granular_admin_relationship, granular_admin_access_assignment, credit,
  software_page, device, policy`
  .split(',')
  .map((s) => s.trim());

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

  it('lists each type of SPEC §2 and of the SDK enum (SPEC §7) once', () => {
    expect(new Set(KNOWN_RESOURCE_TYPES).size).toBe(KNOWN_RESOURCE_TYPES.length);
    expect([...KNOWN_RESOURCE_TYPES].sort()).toEqual(SDK_RESOURCE_TYPE_ENUM.slice(1).sort());
    for (const name of SPEC_RESOURCE_TYPES) expect(KNOWN_RESOURCE_TYPES).toContain(name);
  });

  it('numbers the types as the SDK enum does, so PowerShell 5.1 integers read right', () => {
    expect(RESOURCE_TYPES_BY_NUMBER).toEqual(SDK_RESOURCE_TYPE_ENUM);
    expect(RESOURCE_TYPES_BY_NUMBER[16]).toBe('spending_limit');
    expect(RESOURCE_TYPES_BY_NUMBER[21]).toBe('granular_admin_relationship');
  });
});
