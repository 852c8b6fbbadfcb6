// Partner Center's resourceType names (SPEC §2), as a filter offers and reads them.

/** The resource types SPEC §2 lists; Partner Center may send others, which filter the same way. */
export const KNOWN_RESOURCE_TYPES: readonly string[] = Object.freeze([
  'agreement', 'application', 'application_credential', 'credit', 'customer', 'customer_directory_role', 'customer_user',
  'device', 'granular_admin_access_assignment', 'granular_admin_relationship', 'invoice', 'license', 'mpn_association',
  'order', 'partner_customer_dap', 'partner_customer_relationship', 'partner_relationship', 'partner_user', 'policy',
  'referral', 'self_serve_policy', 'software_download_link', 'software_key', 'software_page', 'spending_limit',
  'subscription', 'third_party_add_on', 'transfer',
]);

/** What a person types ("Customer user", " customer_user ") as the API's name (customer_user). */
export function resourceTypeFromText(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}
