// Partner Center's resourceType names (SPEC §2, §7), as PowerShell numbers them and as a filter offers and reads them.

/**
 * The Partner Center SDK's ResourceType enum in its order (SPEC §7), as the wire's snake_case: the index is the
 * integer Windows PowerShell 5.1 writes (0 = Undefined). The snake_case of the last four members (overage onwards)
 * is *(unverified)*: Microsoft documents no record carrying them.
 */
export const RESOURCE_TYPES_BY_NUMBER: readonly string[] = Object.freeze([
  'undefined', 'customer', 'customer_user', 'order', 'subscription', 'license', 'third_party_add_on', 'mpn_association',
  'transfer', 'application', 'application_credential', 'partner_user', 'partner_relationship', 'referral',
  'software_key', 'software_download_link', 'spending_limit', 'invoice', 'agreement', 'partner_customer_relationship',
  'self_serve_policy', 'granular_admin_relationship', 'granular_admin_access_assignment', 'partner_customer_dap',
  'credit', 'customer_directory_role', 'software_page', 'device', 'policy',
  'overage', 'new_commerce_migration', 'azure_entitlement', 'indirect_provider_indirect_reseller_dap',
]);

/** Every resource type of the SDK enum but Undefined, by name; Partner Center may send others, which filter the same way. */
export const KNOWN_RESOURCE_TYPES: readonly string[] = Object.freeze(
  RESOURCE_TYPES_BY_NUMBER.filter((name) => name !== 'undefined').sort(),
);

/** What a person types ("Customer user", " customer_user ") as the API's name (customer_user). */
export function resourceTypeFromText(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
