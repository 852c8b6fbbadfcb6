// Realistic, seeded, deterministic Partner Center audit records for the sample server, `npm start`, the CLI,
// tests and benchmarks: the data a new user sees before signing in, and the awkward cases real data holds.
//
// The story it tells (so the insight views mean something):
// - Time: a working week (UTC, partners mostly in UTC+1): busy 07-17 on weekdays with a lunch dip, quiet nights
//   and weekends, a few bursts of several hours (a migration afternoon, month-end ordering), and a few incident
//   hours in which a third of the operations fail, so failures cluster.
// - People: a handful of partner users do most of the work; a record often continues its predecessor's session
//   (same user, same customer); some customers are much busier than others.
// - Subscriptions: each customer has a few, whose quantity, status, auto-renew and name evolve coherently: the
//   stream is generated newest first, walking each subscription's state back in time, so a subscription's updates
//   chain (one's old quantity is the previous one's new) and the order that bought one precedes its updates.
// - Orders: real-looking offers with illustrative EUR list prices, terms (P1M/P1Y/P3Y) and billing cycles, and
//   promotions (PromotionId, a discounted effectiveUnitPrice) on some lines; a few customers' orders often fail.
// - GDAP/DAP: lifecycles for a share of the customers that grows with the count (approved → activated → access
//   assigned; termination requested → terminated; expired; cleaned up; DAP terminated then GDAP; about to expire).
//
// Shape choices (the API documents only the envelope):
// - Orders: resourceNewValue is a Partner Center order as a JSON string (lineItems with offerId, subscriptionId,
//   friendlyName, quantity, termDuration, billingCycle, effectiveUnitPrice, and with a promotion unitPrice and
//   promotionId; the order's currencyCode); customizedData
//   lists the products as OrderId, ProductCount, then ProductName_<i>, Quantity_<i> and OfferId_<i> per line item
//   (i from 0), sometimes a PONumber of 16-18 digits.
// - Subscription updates carry old/new subscription JSON differing in quantity, status, autoRenewEnabled or
//   friendlyName; customer-user changes carry old/new user JSON; invoices carry an 18-digit InvoiceNumber.
// - About 1% of records use operation types Partner Center may add later; about 0.5% carry formula-looking
//   text (for the CSV export's injection guard), and one customer's name is one.
// - Customers, partner users and the partner id are the same for every seed (SAMPLE_CUSTOMERS) so tests can
//   name a known customer; the seed decides which records are made from them.
import type { ActivityRecord } from '../core/record/activity-record';
import type { AuditRecordJson } from '../core/record/audit-record-json';
import { recordFromAuditJson } from '../core/reading/record-from-audit-json';

export interface SampleOptions {
  count: number;
  seed?: number;
  /** The newest possible record time; default the current time. */
  now?: Date;
  /** How far back records go; default 90 (the API's history). */
  days?: number;
}

export interface SampleCustomer {
  id: string;
  name: string;
  /** The tenant's default domain, e.g. `contoso.onmicrosoft.com`. */
  domain: string;
}

const DEFAULT_SEED = 1;
const DEFAULT_DAYS = 90;
const POOL_SEED = 0x5eed_c0de;
const MS_PER_DAY = 86_400_000;

/** A small fast PRNG (mulberry32): same seed, same sequence, on every engine. */
export function mulberry32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/**
 * Strings built by `+` are ropes in V8; a caller that keeps a million records would pay for every rope
 * node in each garbage collection. Reading one character makes V8 flatten the string in place.
 */
function flat(text: string): string {
  if (text.length > 0) text.charCodeAt(0);
  return text;
}

const HEX: string[] = [];
for (let i = 0; i < 256; i++) HEX.push((i < 16 ? '0' : '') + i.toString(16));

function hex32(n: number): string {
  return HEX[(n >>> 24) & 255] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];
}

/** A version-4-shaped GUID from four PRNG words. */
function guid(next: () => number): string {
  const a = next();
  const b = next();
  const c = next();
  const d = next();
  return flat(
    hex32(a) + '-' + HEX[(b >>> 24) & 255] + HEX[(b >>> 16) & 255] + '-4' + HEX[(b >>> 8) & 255].slice(1) +
    HEX[b & 255] + '-' + HEX[0x80 | ((c >>> 24) & 0x3f)] + HEX[(c >>> 16) & 255] + '-' + HEX[(c >>> 8) & 255] +
    HEX[c & 255] + hex32(d)
  );
}

function pick<T>(list: readonly T[], next: () => number): T {
  return list[next() % list.length];
}

function digits(count: number, next: () => number): string {
  let s = String(1 + (next() % 9));
  while (s.length < count) s += String(next() % 10);
  return flat(s);
}

// ---------------------------------------------------------------------------------------------------------
// Fixed pools (the same for every seed)

const SPECIAL_CUSTOMER_NAMES = [
  'Società Italiana Caffè S.p.A.',
  'Müller & Söhne GmbH',
  'Ørsted-lignende ApS',
  'Çelik Yapı A.Ş.',
  'Café "Le Zinc"',
  'Smith, Jones & Partners, LLC',
  'Studio Legale Rossi; Bianchi & Associati',
  "O'Brien's Irish Pub Ltd",
  'Björk & Åberg AB',
  'Żabka Dystrybucja Sp. z o.o.',
  'Ελληνική Εταιρεία Λογισμικού Α.Ε.',
  '株式会社サンプル商事',
  'ООО «Пример Технологии»',
  'Đặng Thị Hương Co., Ltd',
  'Ñandú Servicios Informáticos S.L.',
  'Façade & Forêt SARL',
  'Hôtel du Lac "Belle Époque"; Genève',
  'Smile 😀 Dental Clinic',
  'Pizzeria "Da Mario", Napoli',
  'Ütopya Bilişim Ltd. Şti.',
  '=HYPERLINK("http://x","y")',
  'Fondazione per la Ricerca Scientifica e Tecnologica nelle Scienze della Vita, della Salute e dell\'Ambiente "Luigi Galvani" ONLUS',
  'Consorzio Intercomunale per la Gestione Integrata dei Servizi Informatici, Telematici e di Comunicazione delle Province di Trento e Bolzano',
  'The International Association of Independent Cloud Solution Providers, Managed Service Providers and Value-Added Resellers (Europe, Middle East & Africa) Inc.',
  'Ärztezentrum Düsseldorf-Oberkassel Gemeinschaftspraxis für Allgemeinmedizin, Innere Medizin, Kardiologie und Sportmedizin GbR',
];

const NAME_STARTS = [
  'Alpina', 'Adriatica', 'Nordic', 'Baltic', 'Blue River', 'Lago Verde', 'Sole', 'Monte Rosa', 'Greenfield',
  'Harbor', 'Contoso', 'Fabrikam', 'Northwind', 'Tailspin', 'Wingtip', 'Litware', 'Proseware', 'Adventure',
  'Lucerne', 'Margie', 'Trey', 'Woodgrove', 'Coho', 'Fourth Coffee', 'Humongous', 'Alpine Ski', 'Bellows',
  'Graphic', 'Wide World', 'Tre Cime', 'Dolomiti', 'Vesuvio', 'Etna', 'Brenta', 'Arno', 'Rialto',
];
const NAME_MIDDLES = [
  'Logistics', 'Dental', 'Consulting', 'Ingegneria', 'Farmaceutica', 'Studio Tecnico', 'Hotels', 'Bakery',
  'Legal', 'Motors', 'Energia', 'Software', 'Costruzioni', 'Trasporti', 'Healthcare', 'Finance', 'Design',
  'Textiles', 'Foods', 'Vini',
];
const NAME_ENDS = ['S.r.l.', 'S.p.A.', 'Ltd', 'GmbH', 'SAS', 'LLC', 'Inc.', 'B.V.', 'AB', 'Oy', 'S.r.l.s.', 'snc', 'Sagl'];

function domainFor(name: string, index: number): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase()
    .slice(0, 20);
  return (ascii.length >= 3 ? ascii : 'tenant' + index) + '.onmicrosoft.com';
}

function buildCustomers(): SampleCustomer[] {
  const next = mulberry32(POOL_SEED);
  const names = new Set<string>(SPECIAL_CUSTOMER_NAMES);
  while (names.size < 200) {
    names.add(`${pick(NAME_STARTS, next)} ${pick(NAME_MIDDLES, next)} ${pick(NAME_ENDS, next)}`);
  }
  const used = new Set<string>();
  return [...names].map((name, index) => {
    let domain = domainFor(name, index);
    if (used.has(domain)) domain = domain.replace('.onmicrosoft.com', index + '.onmicrosoft.com');
    used.add(domain);
    return { id: guid(next), name, domain };
  });
}

/** The sample's customers: ids and names are the same for every seed. */
export const SAMPLE_CUSTOMERS: readonly SampleCustomer[] = Object.freeze(buildCustomers());

export const SAMPLE_PARTNER_ID = '4a7f3c1e-9b2d-4e6f-8a1b-2c3d4e5f6a7b';
const PARTNER_DOMAIN = 'lumen-cloud-partners.com';

/** Partner users as the API names them: mostly UPNs, a few display-style names as older records show. */
const SAMPLE_PARTNER_USERS = [
  'giulia.bianchi', 'marco.rossi', 'francesca.ricci', 'luca.moretti', 'chiara.colombo', 'andrea.galli',
  'sofia.conti', 'matteo.ferrari', 'elena.romano', 'davide.greco', 'sara.marino', 'paolo.bruno',
  'anna.gallo', 'john.smith', 'emily.jones', 'lars.nielsen', 'nuria.garcia', 'mehmet.yilmaz',
  'admin', 'billing', 'helpdesk',
].map((local) => `${local}@${PARTNER_DOMAIN}`).concat(['Zoë Ångström', 'François Lefèvre', 'Jürgen Groß', 'Łukasz Żółciński']);

/** App ids partners sign in with; '' stands for actions made on the dashboard itself. */
const APPLICATION_IDS = ['', '', '', 'c6c8f2f8-6a29-4a4e-9a3b-6f4b8d0d2e11', '0f1d3b5a-7c9e-4b2d-8f6a-1e3c5b7d9f20', '', 'a94d5c71-3e28-4f06-b1d7-52c8e9a0f3b4'];

interface Product {
  name: string;
  offerId: string;
  /** Illustrative monthly list price per licence in EUR (0: consumption, no unit price). */
  price: number;
  /** The catalogue entry an upgrade starts from (index into PRODUCTS), when there is one. */
  upgradeFrom?: number;
}

/** Illustrative catalogue (offer ids shaped like Partner Center's, not a price list). */
const PRODUCTS: readonly Product[] = [
  { name: 'Microsoft 365 Business Premium', offerId: 'CFQ7TTC0LCHC:0002', price: 22, upgradeFrom: 1 },
  { name: 'Microsoft 365 Business Standard', offerId: 'CFQ7TTC0LDPB:0001', price: 12.5, upgradeFrom: 2 },
  { name: 'Microsoft 365 Business Basic', offerId: 'CFQ7TTC0LH18:0001', price: 6 },
  { name: 'Microsoft 365 E3', offerId: 'CFQ7TTC0LFLX:0001', price: 36, upgradeFrom: 6 },
  { name: 'Microsoft 365 E5', offerId: 'CFQ7TTC0LFLZ:0002', price: 57, upgradeFrom: 3 },
  { name: 'Office 365 E1', offerId: 'CFQ7TTC0LF8Q:0001', price: 10 },
  { name: 'Office 365 E3', offerId: 'CFQ7TTC0LF8R:0001', price: 23, upgradeFrom: 5 },
  { name: 'Exchange Online (Plan 1)', offerId: 'CFQ7TTC0LH16:0001', price: 4 },
  { name: 'Exchange Online (Plan 2)', offerId: 'CFQ7TTC0LH0R:0001', price: 8, upgradeFrom: 7 },
  { name: 'Microsoft Teams Essentials', offerId: 'CFQ7TTC0RL1N:0001', price: 4 },
  { name: 'Microsoft Teams Premium', offerId: 'CFQ7TTC0RM8K:0001', price: 10, upgradeFrom: 9 },
  { name: 'Microsoft 365 Copilot', offerId: 'CFQ7TTC0MM8R:0001', price: 30 },
  { name: 'Microsoft Entra ID P1', offerId: 'CFQ7TTC0LFK5:0001', price: 6 },
  { name: 'Microsoft Intune Plan 1', offerId: 'CFQ7TTC0LCHH:0001', price: 8 },
  { name: 'Microsoft Defender for Business', offerId: 'CFQ7TTC0LCHK:0001', price: 3 },
  { name: 'Power BI Pro', offerId: 'CFQ7TTC0L3PB:0001', price: 14 },
  { name: 'Visio Plan 2', offerId: 'CFQ7TTC0HD33:0001', price: 15 },
  { name: 'Project Plan 3', offerId: 'CFQ7TTC0HDB0:0001', price: 30 },
  { name: 'Windows 11 Enterprise E3', offerId: 'CFQ7TTC0LGTX:0001', price: 7 },
  { name: 'Azure plan', offerId: 'DZH318Z0BPS6:0001', price: 0 },
  { name: 'Dynamics 365 Business Central Essentials', offerId: 'CFQ7TTC0LH3P:0001', price: 70 },
];

/** Text that a spreadsheet would run as a formula if written unguarded (SPEC §4). */
export const FORMULA_LOOKING_VALUES = [
  '=HYPERLINK("http://x","y")',
  '@SUM(1+1)',
  '+1-2',
  '-3+4',
  "=cmd|' /C calc'!A0",
] as const;

const FIRST_NAMES = ['Mario', 'Giulia', 'Zoë', 'José', 'Anaïs', 'Björn', 'Sørina', 'Ayşe', 'Łucja', 'Nuño', 'Chloé', 'Jürgen', 'Ana', 'Pietro', 'Ingrid'];
const LAST_NAMES = ['Rossi', 'Müller', "O'Neil", 'Núñez', 'Åström', 'Dubois', 'Kowalska', 'Yılmaz', 'Ferrari', 'Smith', 'De Luca', 'Østergaard'];

function asciiLocal(text: string): string {
  return text.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// What happens: every operation/resource pairing the sample makes, with how often (relative weight).

type ValueKind = 'order' | 'subscription' | 'customer-user' | 'license' | 'customer' | 'invoice' | 'partner-level' | 'gdap' | 'generic';

interface Operation {
  operationType: string;
  resourceType: string;
  weight: number;
  kind: ValueKind;
}

/** Documented pairings (SPEC §2) and a few the API may add later (`future`). */
export const SAMPLE_OPERATIONS: readonly (Operation & { future?: boolean })[] = [
  { operationType: 'create_order', resourceType: 'order', weight: 120, kind: 'order' },
  { operationType: 'update_order', resourceType: 'order', weight: 20, kind: 'order' },
  { operationType: 'create_order', resourceType: 'third_party_add_on', weight: 4, kind: 'order' },
  { operationType: 'update_subscription', resourceType: 'subscription', weight: 140, kind: 'subscription' },
  { operationType: 'upgrade_subscription', resourceType: 'subscription', weight: 10, kind: 'subscription' },
  { operationType: 'convert_trial_subscription', resourceType: 'subscription', weight: 8, kind: 'subscription' },
  { operationType: 'update_customer_user_licenses', resourceType: 'license', weight: 110, kind: 'license' },
  { operationType: 'update_sfb_customer_user_licenses', resourceType: 'license', weight: 4, kind: 'license' },
  { operationType: 'create_customer_user', resourceType: 'customer_user', weight: 60, kind: 'customer-user' },
  { operationType: 'update_customer_user', resourceType: 'customer_user', weight: 50, kind: 'customer-user' },
  { operationType: 'delete_customer_user', resourceType: 'customer_user', weight: 15, kind: 'customer-user' },
  { operationType: 'reset_customer_user_password', resourceType: 'customer_user', weight: 45, kind: 'customer-user' },
  { operationType: 'update_customer_user_principal_name', resourceType: 'customer_user', weight: 6, kind: 'customer-user' },
  { operationType: 'restore_customer_user', resourceType: 'customer_user', weight: 4, kind: 'customer-user' },
  { operationType: 'add_customer', resourceType: 'customer', weight: 12, kind: 'customer' },
  { operationType: 'update_customer_qualification', resourceType: 'customer', weight: 5, kind: 'customer' },
  { operationType: 'update_customer_billing_profile', resourceType: 'customer', weight: 12, kind: 'customer' },
  { operationType: 'update_customer_partner_contract_company_name', resourceType: 'customer', weight: 5, kind: 'customer' },
  { operationType: 'delete_customer', resourceType: 'customer', weight: 4, kind: 'customer' },
  { operationType: 'delete_tip_customer', resourceType: 'customer', weight: 4, kind: 'customer' },
  { operationType: 'update_customer_spending_budget', resourceType: 'spending_limit', weight: 6, kind: 'generic' },
  { operationType: 'increase_spending_limit', resourceType: 'credit', weight: 4, kind: 'generic' },
  { operationType: 'increase_spending_limit', resourceType: 'spending_limit', weight: 4, kind: 'generic' },
  { operationType: 'remove_partner_customer_relationship', resourceType: 'partner_customer_relationship', weight: 4, kind: 'generic' },
  { operationType: 'create_mpn_association', resourceType: 'mpn_association', weight: 4, kind: 'partner-level' },
  { operationType: 'update_mpn_association', resourceType: 'mpn_association', weight: 4, kind: 'partner-level' },
  { operationType: 'create_transfer', resourceType: 'transfer', weight: 5, kind: 'generic' },
  { operationType: 'update_transfer', resourceType: 'transfer', weight: 5, kind: 'generic' },
  { operationType: 'create_partner_relationship', resourceType: 'partner_relationship', weight: 4, kind: 'partner-level' },
  { operationType: 'remove_partner_relationship', resourceType: 'partner_relationship', weight: 4, kind: 'partner-level' },
  { operationType: 'register_application', resourceType: 'application', weight: 4, kind: 'partner-level' },
  { operationType: 'unregister_application', resourceType: 'application', weight: 4, kind: 'partner-level' },
  { operationType: 'add_application_credential', resourceType: 'application_credential', weight: 4, kind: 'partner-level' },
  { operationType: 'remove_application_credential', resourceType: 'application_credential', weight: 4, kind: 'partner-level' },
  { operationType: 'create_partner_user', resourceType: 'partner_user', weight: 5, kind: 'partner-level' },
  { operationType: 'update_partner_user', resourceType: 'partner_user', weight: 5, kind: 'partner-level' },
  { operationType: 'create_self_serve_policy', resourceType: 'self_serve_policy', weight: 4, kind: 'generic' },
  { operationType: 'update_self_serve_policy', resourceType: 'self_serve_policy', weight: 4, kind: 'generic' },
  { operationType: 'delete_self_serve_policy', resourceType: 'self_serve_policy', weight: 4, kind: 'generic' },
  { operationType: 'create_referral', resourceType: 'referral', weight: 8, kind: 'generic' },
  { operationType: 'update_referral', resourceType: 'referral', weight: 8, kind: 'generic' },
  { operationType: 'create_related_referral', resourceType: 'referral', weight: 4, kind: 'generic' },
  { operationType: 'update_related_referral', resourceType: 'referral', weight: 4, kind: 'generic' },
  { operationType: 'get_software_key', resourceType: 'software_key', weight: 4, kind: 'generic' },
  { operationType: 'get_software_download_link', resourceType: 'software_download_link', weight: 4, kind: 'generic' },
  { operationType: 'get_software_download_link', resourceType: 'software_page', weight: 4, kind: 'generic' },
  { operationType: 'ready_invoice', resourceType: 'invoice', weight: 6, kind: 'invoice' },
  { operationType: 'create_agreement', resourceType: 'agreement', weight: 6, kind: 'generic' },
  { operationType: 'extend_relationship', resourceType: 'granular_admin_relationship', weight: 6, kind: 'gdap' },
  { operationType: 'dap_admin_relationship_approved', resourceType: 'partner_customer_dap', weight: 4, kind: 'gdap' },
  { operationType: 'dap_admin_relationship_terminated', resourceType: 'partner_customer_dap', weight: 4, kind: 'gdap' },
  { operationType: 'add_user_member', resourceType: 'customer_directory_role', weight: 5, kind: 'generic' },
  { operationType: 'remove_user_member', resourceType: 'customer_directory_role', weight: 4, kind: 'generic' },
  { operationType: 'add_user_member', resourceType: 'granular_admin_access_assignment', weight: 5, kind: 'gdap' },
  { operationType: 'update_copilot_seat_assignment', resourceType: 'license', weight: 4, kind: 'license', future: true },
  { operationType: 'upload_device_batch', resourceType: 'device', weight: 3, kind: 'generic', future: true },
  { operationType: 'assign_device_policy', resourceType: 'policy', weight: 3, kind: 'generic', future: true },
];

const OPERATION_TABLE: number[] = [];
SAMPLE_OPERATIONS.forEach((op, index) => {
  for (let i = 0; i < op.weight; i++) OPERATION_TABLE.push(index);
});

/** Out of 1000: mostly succeeded, as on a real tenant, outside an incident. */
const STATUS_TABLE: string[] = [];
for (const [status, weight] of [['succeeded', 948], ['failed', 26], ['progress', 18], ['decline', 8]] as const) {
  for (let i = 0; i < weight; i++) STATUS_TABLE.push(status);
}
/** During an incident hour (a throttled API, a billing outage) a third of the operations fail. */
const INCIDENT_STATUS_TABLE: string[] = [];
for (const [status, weight] of [['succeeded', 600], ['failed', 330], ['progress', 30], ['decline', 40]] as const) {
  for (let i = 0; i < weight; i++) INCIDENT_STATUS_TABLE.push(status);
}

const USAGE_LOCATIONS = ['IT', 'DE', 'FR', 'US', 'GB', 'ES', 'DK', 'TR', 'CH'];

// ---------------------------------------------------------------------------------------------------------
// Hot path: a million records must take seconds, so JSON values are assembled from precomputed, already
// escaped fragments instead of building objects for JSON.stringify.

const json = JSON.stringify;
const CUSTOMER_NAME_JSON = SAMPLE_CUSTOMERS.map((c) => json(c.name));
const CUSTOMER_JSON_NEW = SAMPLE_CUSTOMERS.map((c) =>
  json({ id: c.id, companyProfile: { companyName: c.name, domain: c.domain }, billingProfile: { culture: 'it-IT', language: 'it', defaultAddress: { country: 'IT', city: 'Milano' } } }),
);
const CUSTOMER_JSON_OLD = SAMPLE_CUSTOMERS.map((c) =>
  json({ id: c.id, companyProfile: { companyName: c.name.replace(/ (S\.r\.l\.|Ltd|GmbH)$/, ''), domain: c.domain } }),
);
const CUSTOMER_SHORT = SAMPLE_CUSTOMERS.map((c) => c.name.slice(0, 20));
const PRODUCT_NAME_JSON = PRODUCTS.map((p) => json(p.name));
const FIRST_ASCII = FIRST_NAMES.map(asciiLocal);
const LAST_ASCII = LAST_NAMES.map(asciiLocal);
const FIRST_JSON = FIRST_NAMES.map((n) => json(n));
const LAST_JSON = LAST_NAMES.map((n) => json(n));
const PRODUCT_KEYS = [0, 1, 2, 3, 4, 5].map((i) => ({ name: `ProductName_${i}`, quantity: `Quantity_${i}`, offer: `OfferId_${i}` }));

// ---------------------------------------------------------------------------------------------------------
// The story: who works when, on whom, and how each customer's subscriptions and access evolve.

const MS_PER_HOUR = 3_600_000;

/**
 * How busy an hour of the week is (UTC; most sample partners sit in UTC+1): working hours on weekdays, a lunch
 * dip, quiet evenings, nights and weekends nearly empty. Index: day of week (0 = Sunday) × 24 + hour.
 */
const HOUR_OF_WEEK_WEIGHT: Float64Array = (() => {
  const w = new Float64Array(7 * 24);
  const day = [0.02, 0.02, 0.02, 0.02, 0.03, 0.08, 0.3, 0.85, 1, 1, 0.95, 0.5, 0.75, 0.95, 1, 0.9, 0.7, 0.35, 0.18, 0.1, 0.06, 0.04, 0.03, 0.02];
  for (let d = 0; d < 7; d++) {
    const weekend = d === 0 || d === 6;
    for (let h = 0; h < 24; h++) w[d * 24 + h] = weekend ? 0.02 + day[h]! * 0.08 : day[h]! * (d === 5 ? 0.85 : 1);
  }
  return w;
})();

/** Partner users by how much they do: a few people do most of the work (weights sum over the list order). */
const USER_WEIGHTS = [220, 170, 120, 90, 40, 35, 30, 25, 20, 18, 15, 14, 12, 10, 9, 8, 8, 7, 30, 12, 10, 6, 5, 5, 4];
const USER_TABLE: number[] = [];
USER_WEIGHTS.forEach((weight, index) => {
  for (let i = 0; i < weight; i++) USER_TABLE.push(index);
});

/** Customers by how much happens to them: a busy head, a long tail that still shows up. */
const CUSTOMER_TABLE: number[] = [];
for (let c = 0; c < SAMPLE_CUSTOMERS.length; c++) {
  // The customer whose name looks like a formula is a busy one, so even a short period shows the CSV guard at work.
  const weight = c % 10 === 3 || SAMPLE_CUSTOMERS[c]!.name.startsWith('=') ? 6 : c % 4 === 1 ? 2 : 1;
  for (let i = 0; i < weight; i++) CUSTOMER_TABLE.push(c);
}

/** One subscription's state while the stream walks back in time (newest first). */
interface SubscriptionState {
  id: string;
  product: number;
  quantity: number;
  status: string;
  autoRenew: boolean;
  friendlyName: string;
  /** Bought by an order inside the period: before that order it does not exist. */
  bornInPeriod: boolean;
  alive: boolean;
}

/** Per-customer state for one generation. */
interface CustomerState {
  subscriptions: SubscriptionState[];
  /** The customer's standing GDAP relationship, referenced by extensions and member changes. */
  gdapId: string;
  gdapEnd: string;
  assignmentId: string;
  /** A customer whose orders are often declined (credit limit). */
  flaky: boolean;
}

/** Time buckets of the period, newest first, with the share of the records each gets. */
interface Timeline {
  /** Bucket i spans (edge[i+1], edge[i]]. */
  edge: Float64Array;
  /** Cumulative mass before bucket i; cum[n] = total. */
  cum: Float64Array;
  incident: Uint8Array;
}

function buildTimeline(nowMs: number, spanMs: number, next: () => number): Timeline {
  const start = nowMs - spanMs;
  const edges: number[] = [nowMs];
  let e = Math.floor(nowMs / MS_PER_HOUR) * MS_PER_HOUR;
  if (e === nowMs) e -= MS_PER_HOUR;
  while (e > start) {
    edges.push(e);
    e -= MS_PER_HOUR;
  }
  edges.push(start);
  const n = edges.length - 1;
  const cum = new Float64Array(n + 1);
  const incident = new Uint8Array(n);
  let burst = 0;
  for (let i = 0; i < n; i++) {
    const top = edges[i]!;
    const date = new Date(top - 1);
    let weight = HOUR_OF_WEEK_WEIGHT[date.getUTCDay() * 24 + date.getUTCHours()]!;
    // Bursts: a migration afternoon, month-end ordering; each lasts a few hours.
    if (burst > 0) burst--;
    else if (weight > 0.5 && next() % 100 < 3) burst = 2 + (next() % 4);
    if (burst > 0) weight *= 3 + (next() % 5);
    // Incidents: failures cluster in a few working hours.
    if (weight > 0.5 && next() % 1000 < 12) incident[i] = 1;
    cum[i + 1] = cum[i]! + weight * ((top - edges[i + 1]!) / MS_PER_HOUR);
  }
  return { edge: Float64Array.from(edges), cum, incident };
}

function buildCustomerStates(next: () => number, nowIso: string): CustomerState[] {
  return SAMPLE_CUSTOMERS.map((customer, c) => {
    const size = c % 10 === 3 ? 200 : c % 4 === 1 ? 60 : 20;
    const count = 2 + (next() % 5);
    const first = next() % PRODUCTS.length;
    const subscriptions: SubscriptionState[] = [];
    for (let s = 0; s < count; s++) {
      const product = (first + s * 3) % PRODUCTS.length;
      subscriptions.push({
        id: guid(next),
        product,
        quantity: 1 + (next() % size),
        status: next() % 12 === 0 ? 'suspended' : 'active',
        autoRenew: next() % 5 !== 0,
        friendlyName: PRODUCTS[product]!.name,
        // The first always existed before the period, so a customer never runs out of subscriptions.
        bornInPeriod: s > 0 && next() % 3 === 0,
        alive: true,
      });
    }
    const endDays = 20 + (next() % 700);
    return {
      subscriptions,
      gdapId: guid(next) + '-' + guid(next).slice(0, 8),
      gdapEnd: new Date(Date.parse(nowIso) + endDays * MS_PER_DAY).toISOString().slice(0, 19) + 'Z',
      assignmentId: guid(next),
      flaky: next() % 20 === 0,
    };
  });
}

/** One GDAP/DAP lifecycle event placed in time; the stream emits it in the first slot at or after its time. */
interface LifecycleEvent {
  timeMs: number;
  customer: number;
  operationType: string;
  resourceType: string;
  user: string;
  oldValue: string;
  newValue: string;
  customizedData: { key: string; value: string }[];
}

const GDAP_ROLES = [
  '729827e3-9c14-49f7-bb1b-9608f156bbb8', // Helpdesk Administrator
  'fe930be7-5e62-47db-91af-98c3a49a38b1', // User Administrator
  'f023fd81-a637-4b56-95fd-791ac0226033', // Service Support Administrator
  '194ae4cb-b126-40b2-bd5b-6091b380977d', // Security Administrator
  '62e90394-69f5-4237-9190-012177145e10', // Global Administrator
];
const GDAP_NAMES = ['Helpdesk', 'User management', 'Security operations', 'Full admin (time-limited)', 'Billing support'];

function relationshipJson(id: string, c: number, name: string, status: string, created: string, end: string, role: number): string {
  const customer = SAMPLE_CUSTOMERS[c]!;
  return `{"id":"${id}","displayName":${json(name)},"customer":{"tenantId":"${customer.id}","displayName":${CUSTOMER_NAME_JSON[c]}},"status":"${status}","duration":"P730D","createdDateTime":"${created}","endDateTime":"${end}","accessDetails":{"unifiedRoles":[{"roleDefinitionId":"${GDAP_ROLES[role]}"}]},"attributes":{"objectType":"GranularAdminRelationship"}}`;
}

function assignmentJson(id: string, status: string, role: number, group: string): string {
  return `{"id":"${id}","accessContainer":{"accessContainerId":"${group}","accessContainerType":"securityGroup"},"accessDetails":{"unifiedRoles":[{"roleDefinitionId":"${GDAP_ROLES[role]}"}]},"status":"${status}","attributes":{"objectType":"GranularAdminAccessAssignment"}}`;
}

/**
 * Lifecycles for some customers, scaled with the record count so they stay a small share: new relationships
 * approved by the customer then activated and given access, relationships terminated (DAP to GDAP migrations),
 * expired ones, cleaned-up ones, and some about to expire.
 */
function buildLifecycles(count: number, nowMs: number, spanMs: number, next: () => number): LifecycleEvent[] {
  const events: LifecycleEvent[] = [];
  const customers = Math.min(SAMPLE_CUSTOMERS.length, Math.max(2, Math.ceil(count / 600)));
  const picked = new Set<number>();
  const admins = [SAMPLE_PARTNER_USERS[0]!, SAMPLE_PARTNER_USERS[1]!, SAMPLE_PARTNER_USERS[12]!];
  while (picked.size < customers) picked.add(next() % SAMPLE_CUSTOMERS.length);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 19) + 'Z';
  for (const c of picked) {
    const customer = SAMPLE_CUSTOMERS[c]!;
    const at = nowMs - Math.floor((0.02 + (next() % 960) / 1000) * spanMs);
    const partnerUser = admins[next() % admins.length]!;
    const customerAdmin = 'admin@' + customer.domain;
    const role = next() % GDAP_ROLES.length;
    const name = `${GDAP_NAMES[role]} – ${customer.name.slice(0, 24)}`;
    const id = guid(next) + '-' + guid(next).slice(0, 8);
    const data = [
      { key: 'RelationshipId', value: id },
      { key: 'RelationshipName', value: name },
    ];
    const add = (offsetMs: number, operationType: string, resourceType: string, user: string, oldValue: string, newValue: string) => {
      const timeMs = at + offsetMs;
      if (timeMs <= nowMs && timeMs > nowMs - spanMs) events.push({ timeMs, customer: c, operationType, resourceType, user, oldValue, newValue, customizedData: data });
    };
    const script = next() % 100;
    if (script < 40) {
      // A new relationship: the customer approves, it activates, the partner assigns a security group and members.
      const created = iso(at - 3 * MS_PER_DAY);
      const end = iso(at + 730 * MS_PER_DAY);
      const group = guid(next);
      const assignment = guid(next);
      add(0, 'granular_admin_relationship_approved', 'granular_admin_relationship', customerAdmin, '', relationshipJson(id, c, name, 'approved', created, end, role));
      add(90_000, 'granular_admin_relationship_activated', 'granular_admin_relationship', customerAdmin, relationshipJson(id, c, name, 'approved', created, end, role), relationshipJson(id, c, name, 'active', created, end, role));
      add(40 * 60_000, 'granular_admin_access_assignment_created', 'granular_admin_access_assignment', partnerUser, '', assignmentJson(assignment, 'pending', role, group));
      add(41 * 60_000, 'granular_admin_access_assignment_activated', 'granular_admin_access_assignment', partnerUser, assignmentJson(assignment, 'pending', role, group), assignmentJson(assignment, 'active', role, group));
      add(2 * MS_PER_HOUR, 'add_user_member', 'granular_admin_access_assignment', partnerUser, '', `{"id":"${assignment}","member":"${partnerUser}"}`);
      if (script < 10) add(26 * MS_PER_DAY, 'granular_admin_access_assignment_updated', 'granular_admin_access_assignment', partnerUser, assignmentJson(assignment, 'active', role, group), assignmentJson(assignment, 'active', (role + 1) % GDAP_ROLES.length, group));
    } else if (script < 60) {
      // The partner ends a relationship: termination requested, then terminated; the access assignment goes with it.
      const created = iso(at - 400 * MS_PER_DAY);
      const end = iso(at + 330 * MS_PER_DAY);
      add(0, 'granular_admin_access_assignment_deleted', 'granular_admin_access_assignment', partnerUser, assignmentJson(guid(next), 'active', role, guid(next)), '');
      add(60_000, 'granular_admin_relationship_termination_requested', 'granular_admin_relationship', partnerUser, relationshipJson(id, c, name, 'active', created, end, role), relationshipJson(id, c, name, 'terminationRequested', created, end, role));
      add(4 * 60_000, 'granular_admin_relationship_terminated', 'granular_admin_relationship', partnerUser, relationshipJson(id, c, name, 'terminationRequested', created, end, role), relationshipJson(id, c, name, 'terminated', created, end, role));
    } else if (script < 75) {
      // It simply ran out: expired at its end date.
      const created = iso(at - 730 * MS_PER_DAY);
      add(0, 'granular_admin_relationship_expired', 'granular_admin_relationship', '', relationshipJson(id, c, name, 'active', created, iso(at), role), relationshipJson(id, c, name, 'expired', created, iso(at), role));
    } else if (script < 85) {
      // DAP to GDAP: the old DAP is terminated, a GDAP relationship is approved and activated the same day.
      const created = iso(at + MS_PER_HOUR);
      const end = iso(at + 731 * MS_PER_DAY);
      add(0, next() % 4 === 0 ? 'dap_admin_relationship_terminated_by_microsoft' : 'dap_admin_relationship_terminated', 'partner_customer_dap', partnerUser, '{"status":"active","roles":["Admin agent"]}', '{"status":"terminated"}');
      add(2 * MS_PER_HOUR, 'granular_admin_relationship_approved', 'granular_admin_relationship', customerAdmin, '', relationshipJson(id, c, name, 'approved', created, end, role));
      add(2 * MS_PER_HOUR + 120_000, 'granular_admin_relationship_activated', 'granular_admin_relationship', customerAdmin, relationshipJson(id, c, name, 'approved', created, end, role), relationshipJson(id, c, name, 'active', created, end, role));
    } else if (script < 93) {
      // A relationship that expired a year ago is cleaned up.
      const old = iso(at - 370 * MS_PER_DAY);
      add(0, 'granular_admin_relationship_cleaned_up', 'granular_admin_relationship', '', relationshipJson(id, c, name, 'expired', iso(at - 1100 * MS_PER_DAY), old, role), '');
    } else {
      // About to expire: still active, with its end date inside the next weeks.
      const end = iso(nowMs + (3 + (next() % 25)) * MS_PER_DAY);
      add(0, 'granular_admin_access_assignment_updated', 'granular_admin_access_assignment', partnerUser, assignmentJson(guid(next), 'active', role, guid(next)), assignmentJson(guid(next), 'active', role, guid(next)));
      add(60_000, 'extend_relationship', 'granular_admin_relationship', partnerUser, relationshipJson(id, c, name, 'active', iso(at - 700 * MS_PER_DAY), iso(at), role), relationshipJson(id, c, name, 'active', iso(at - 700 * MS_PER_DAY), end, role));
    }
  }
  return events.sort((a, b) => b.timeMs - a.timeMs);
}

/** Promotions some products carry this season: id, discount off the list price. */
const PROMOTIONS: readonly { id: string; discount: number }[] = PRODUCTS.map((p, i) => {
  const next = mulberry32(POOL_SEED + 17 * (i + 1));
  const code = () => {
    let s = '';
    for (let k = 0; k < 12; k++) s += '0123456789BCDFGHJKLMNPQRSTVWXZ'[next() % 30];
    return s;
  };
  return { id: p.price > 0 ? `${code()}:000${1 + (next() % 4)}:${code()}` : '', discount: [0.1, 0.15, 0.2, 0.25][next() % 4]! };
});

function money(n: number): string {
  return String(Math.round(n * 100) / 100);
}
/** P1M costs a fifth more than P1Y in new commerce; P3Y a little less. */
const TERMS = [
  { term: 'P1Y', cycle: 'monthly', factor: 1 },
  { term: 'P1Y', cycle: 'annual', factor: 1 },
  { term: 'P1M', cycle: 'monthly', factor: 1.2 },
  { term: 'P3Y', cycle: 'annual', factor: 0.95 },
] as const;
/**
 * Precomputed price fragments per product and term (the order carries the currency): the price paid
 * (effectiveUnitPrice), and with a promotion also the price before it (unitPrice) and the PromotionId.
 */
const PRICE_JSON: string[][] = PRODUCTS.map((p) =>
  TERMS.map((t) => (p.price === 0 ? '' : `,"effectiveUnitPrice":${money(p.price * t.factor)}`)),
);
const PROMOTED_PRICE_JSON: string[][] = PRODUCTS.map((p, i) =>
  TERMS.map((t) => (p.price === 0 ? '' : `,"unitPrice":${money(p.price * t.factor)},"effectiveUnitPrice":${money(p.price * t.factor * (1 - PROMOTIONS[i]!.discount))},"promotionId":"${PROMOTIONS[i]!.id}"`)),
);

const PAD2: string[] = [];
for (let i = 0; i < 100; i++) PAD2.push(i < 10 ? '0' + i : String(i));
const PAD3: string[] = [];
for (let i = 0; i < 1000; i++) PAD3.push(i < 10 ? '00' + i : i < 100 ? '0' + i : String(i));

/** Share (out of 100) of records that continue the previous one's session: same user, same customer. */
const SESSION_SHARE = 35;

/**
 * Audit records as the API sends them, newest first, spread over the `days` before `now` with a working-week
 * rhythm, bursts and clustered failures. Walking back in time, each customer's subscriptions carry their state,
 * so a subscription's updates chain (old = the previous new) and the order that bought it comes first.
 * Deterministic for the same (count, seed, now, days); streams so a million costs no memory.
 */
export function* generateAuditRecords(options: SampleOptions): Generator<AuditRecordJson> {
  const count = Math.max(0, Math.floor(options.count));
  const next = mulberry32((options.seed ?? DEFAULT_SEED) ^ 0x9e3779b9);
  const nowMs = (options.now ?? new Date()).getTime();
  const spanMs = Math.max(1, (options.days ?? DEFAULT_DAYS) * MS_PER_DAY);
  const story = mulberry32((options.seed ?? DEFAULT_SEED) ^ 0x51ed_2701);
  const timeline = buildTimeline(nowMs, spanMs, story);
  const states = buildCustomerStates(story, new Date(nowMs).toISOString());
  const lifecycles = buildLifecycles(count, nowMs, spanMs, story);
  let lifecycle = 0;
  const total = timeline.cum[timeline.cum.length - 1]!;
  const perRecord = total / Math.max(1, count);
  const { edge, cum, incident } = timeline;
  const customers = SAMPLE_CUSTOMERS;
  const users = SAMPLE_PARTNER_USERS;
  const attributes = { objectType: 'AuditRecord' };
  let bucket = 0;
  let dayStart = Number.NaN;
  let dayPrefix = '';
  let lastCustomer = 0;
  let lastUser = 0;

  for (let i = 0; i < count; i++) {
    // Record i takes the i-th share of the period's activity: busy hours hold more records, the stream stays newest first.
    const mass = (i + next() / 4294967296) * perRecord;
    while (bucket < edge.length - 2 && cum[bucket + 1]! <= mass) bucket++;
    const width = cum[bucket + 1]! - cum[bucket]!;
    const into = width > 0 ? Math.min(0.999999, (mass - cum[bucket]!) / width) : 0;
    const dateMs = Math.ceil(edge[bucket]! - into * (edge[bucket]! - edge[bucket + 1]!));
    if (!(dateMs >= dayStart && dateMs < dayStart + MS_PER_DAY)) {
      dayStart = Math.floor(dateMs / MS_PER_DAY) * MS_PER_DAY;
      dayPrefix = new Date(dayStart).toISOString().slice(0, 11);
    }
    let rest = dateMs - dayStart;
    const hour = Math.floor(rest / 3_600_000);
    rest -= hour * 3_600_000;
    const minute = Math.floor(rest / 60_000);
    rest -= minute * 60_000;
    const second = Math.floor(rest / 1000);
    const operationDate = flat(dayPrefix + PAD2[hour] + ':' + PAD2[minute] + ':' + PAD2[second] + '.' + PAD3[rest - second * 1000] + 'Z');

    const event = lifecycles[lifecycle];
    if (event !== undefined && event.timeMs >= dateMs) {
      lifecycle++;
      const customer = customers[event.customer]!;
      yield {
        id: guid(next),
        partnerId: SAMPLE_PARTNER_ID,
        customerId: customer.id,
        customerName: customer.name,
        userPrincipalName: event.user,
        applicationId: '',
        resourceType: event.resourceType,
        resourceOldValue: event.oldValue,
        resourceNewValue: event.newValue,
        operationType: event.operationType,
        originalCorrelationId: guid(next),
        operationDate,
        operationStatus: 'succeeded',
        customizedData: event.customizedData,
        attributes,
      };
      continue;
    }

    const op = SAMPLE_OPERATIONS[OPERATION_TABLE[next() % OPERATION_TABLE.length]];
    const session = next() % 100 < SESSION_SHARE;
    const customerIndex = session ? lastCustomer : CUSTOMER_TABLE[next() % CUSTOMER_TABLE.length]!;
    const userIndex = session ? lastUser : USER_TABLE[next() % USER_TABLE.length]!;
    lastCustomer = customerIndex;
    lastUser = userIndex;
    const customer = customers[customerIndex];
    const partnerLevel = op.kind === 'partner-level';
    const state = states[customerIndex]!;
    let operationStatus = (incident[bucket] === 1 ? INCIDENT_STATUS_TABLE : STATUS_TABLE)[next() % 1000]!;
    // Orders fail more than anything else (payment, credit limit, catalogue), and a few customers' most of all.
    if (op.kind === 'order' && operationStatus === 'succeeded') {
      const roll = next() % 100;
      if (state.flaky ? roll < 20 : roll < 4) operationStatus = state.flaky && roll % 2 === 0 ? 'decline' : 'failed';
    }
    const formula = next() % 200 === 0 ? FORMULA_LOOKING_VALUES[next() % FORMULA_LOOKING_VALUES.length] : undefined;
    // A failed change changed nothing: the subscription's state only moves when it went through.
    const values = makeValues(op, customerIndex, operationDate, formula, next, state, operationStatus === 'succeeded');
    yield {
      id: guid(next),
      partnerId: SAMPLE_PARTNER_ID,
      customerId: partnerLevel ? '' : customer.id,
      customerName: partnerLevel ? '' : customer.name,
      userPrincipalName: users[userIndex],
      applicationId: APPLICATION_IDS[next() % APPLICATION_IDS.length],
      resourceType: op.resourceType,
      resourceOldValue: flat(values.oldValue),
      resourceNewValue: flat(values.newValue),
      operationType: op.operationType,
      originalCorrelationId: guid(next),
      operationDate,
      operationStatus,
      customizedData: values.customizedData,
      attributes,
    };
  }
}

/** The same records as ActivityRecords (source 'sample'), ready for the store or an export. */
export function* generateSampleRecords(options: SampleOptions): Generator<ActivityRecord> {
  for (const raw of generateAuditRecords(options)) {
    const result = recordFromAuditJson(raw, 'sample');
    // The generator only makes valid records; a problem here is a bug worth failing loudly on.
    if ('problem' in result) throw new Error(`sample generator made an unreadable record: ${result.problem}`);
    yield result.record;
  }
}

interface Values {
  oldValue: string;
  newValue: string;
  customizedData: { key: string; value: string }[];
}

function makeValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number, state: CustomerState, applied: boolean): Values {
  switch (op.kind) {
    case 'order':
      return orderValues(op, c, date, formula, next, state, applied);
    case 'subscription':
      return subscriptionValues(op, c, date, formula, next, state, applied);
    case 'gdap':
      return gdapValues(op, c, formula, next, state);
    case 'customer-user':
      return customerUserValues(op, c, formula, next);
    case 'license': {
      const upn = flat(FIRST_ASCII[next() % FIRST_NAMES.length] + '.' + LAST_ASCII[next() % LAST_NAMES.length] + '@' + SAMPLE_CUSTOMERS[c].domain);
      const product = PRODUCTS[next() % PRODUCTS.length];
      return {
        oldValue: '',
        newValue: `{"licensesToAssign":[{"skuId":"${guid(next)}","excludedPlans":[]}],"licensesToRemove":[],"userPrincipalName":"${upn}"}`,
        customizedData: [
          { key: 'UserPrincipalName', value: upn },
          { key: 'SkuName', value: formula ?? product.name },
        ],
      };
    }
    case 'customer': {
      const roll = next() % 10;
      return {
        oldValue: op.operationType === 'add_customer' ? '' : roll === 0 ? 'n/a' : CUSTOMER_JSON_OLD[c],
        newValue: op.operationType.startsWith('delete') ? '' : CUSTOMER_JSON_NEW[c],
        customizedData: [{ key: 'CompanyName', value: formula ?? SAMPLE_CUSTOMERS[c].name }],
      };
    }
    case 'invoice': {
      const invoice = digits(18, next);
      return {
        oldValue: '',
        newValue: `{"id":"${invoice}","invoiceDate":"${date}","currencyCode":"EUR","totalCharges":${(next() % 1_000_000) / 100}}`,
        customizedData: [
          { key: 'InvoiceNumber', value: invoice },
          { key: 'Currency', value: 'EUR' },
        ],
      };
    }
    case 'partner-level': {
      const roll = next() % 10;
      return {
        oldValue: roll < 6 ? '' : roll < 8 ? 'n/a' : `{"id":"${guid(next)}","state":"active"}`,
        newValue: `{"id":"${guid(next)}","state":"${roll < 5 ? 'active' : 'inactive'}"}`,
        customizedData: formula ? [{ key: 'Note', value: formula }] : [],
      };
    }
    default: {
      const roll = next() % 20;
      return {
        oldValue: roll < 12 ? '' : roll < 14 ? 'n/a' : `{"id":"${guid(next)}","status":"pending"}`,
        newValue: roll === 19 ? 'n/a' : `{"id":"${guid(next)}","customerId":"${SAMPLE_CUSTOMERS[c].id}","status":"${roll % 2 === 0 ? 'completed' : 'active'}"}`,
        customizedData: formula ? [{ key: 'Comment', value: formula }] : [],
      };
    }
  }
}

/** Scratch list of the subscriptions an order buys, reused: a million orders need no million arrays. */
const BORN: SubscriptionState[] = [];

/** Line items (and customizedData) of an order; a created order buys the customer's subscriptions born in the period. */
function orderValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number, state: CustomerState, applied: boolean): Values {
  const orderId = guid(next);
  const customizedData = [
    { key: 'OrderId', value: orderId },
    { key: 'ProductCount', value: '' },
  ];
  // Walking back in time, the order that bought a subscription is where it stops existing.
  const born = BORN;
  born.length = 0;
  if (op.operationType === 'create_order' && op.resourceType === 'order' && applied) {
    for (const s of state.subscriptions) if (s.alive && s.bornInPeriod && born.length < 6) born.push(s);
  }
  const productCount = born.length > 0 ? born.length : 1 + (next() % 6);
  customizedData[1]!.value = String(productCount);
  const termIndex = next() % TERMS.length;
  const term = TERMS[termIndex]!;
  let items = '';
  const first = next() % PRODUCTS.length;
  for (let i = 0; i < productCount; i++) {
    const sub = born[i];
    // Consecutive catalogue entries: one order never lists the same product twice.
    const p = sub ? sub.product : (first + i) % PRODUCTS.length;
    const product = PRODUCTS[p]!;
    const quantity = sub ? sub.quantity : 1 + (next() % 50);
    const subscriptionId = sub ? sub.id : guid(next);
    if (sub) sub.alive = false;
    const formulaHere = formula !== undefined && i === 0;
    const friendlyName = formulaHere ? formula : product.name;
    const promoted = PROMOTIONS[p]!.id !== '' && next() % 100 < 18;
    const price = (promoted ? PROMOTED_PRICE_JSON : PRICE_JSON)[p]![termIndex]!;
    if (i > 0) items += ',';
    items += `{"lineItemNumber":${i},"offerId":"${product.offerId}","subscriptionId":"${subscriptionId}","friendlyName":${formulaHere ? json(formula) : PRODUCT_NAME_JSON[p]},"quantity":${quantity},"termDuration":"${term.term}","billingCycle":"${term.cycle}"${price}}`;
    const keys = PRODUCT_KEYS[i];
    customizedData.push(
      { key: keys.name, value: friendlyName },
      { key: keys.quantity, value: String(quantity) },
      { key: keys.offer, value: product.offerId },
    );
  }
  if (next() % 30 === 0) customizedData.push({ key: 'PONumber', value: digits(16 + (next() % 3), next) });
  const head = `{"id":"${orderId}","referenceCustomerId":"${SAMPLE_CUSTOMERS[c].id}","billingCycle":"${term.cycle}","currencyCode":"EUR","lineItems":[${items}],"creationDate":"${date}","status":"`;
  const tail = '","attributes":{"objectType":"Order"}}';
  return {
    oldValue: op.operationType === 'update_order' ? head + 'pending' + tail : '',
    newValue: head + 'completed' + tail,
    customizedData,
  };
}

function subscriptionJson(id: string, p: number, offerName: string, friendlyName: string, quantity: number, day: string, status: string, autoRenew: boolean): string {
  const product = PRODUCTS[p];
  return `{"id":"${id}","offerId":"${product.offerId}","offerName":${offerName},"friendlyName":${friendlyName},"quantity":${quantity},"unitType":"Licenses","creationDate":"${day}T00:00:00Z","commitmentEndDate":"${day}","status":"${status}","autoRenewEnabled":${autoRenew},"billingCycle":"monthly","termDuration":"P1Y","attributes":{"objectType":"Subscription"}}`;
}

/** A name as JSON, from the precomputed fragments when it is the product's own name (the common case). */
function nameJson(name: string, p: number): string {
  return name === PRODUCTS[p]!.name ? PRODUCT_NAME_JSON[p]! : json(name);
}

/** A live subscription of the customer (the first always lives: it existed before the period). */
function liveSubscription(state: CustomerState, next: () => number): SubscriptionState {
  const list = state.subscriptions;
  for (let tries = 0; tries < 4; tries++) {
    const s = list[next() % list.length]!;
    if (s.alive) return s;
  }
  return list[0]!;
}

/**
 * A subscription change, written backwards from the subscription's state: the new value is what it is now (in
 * the walk back), the old value what it was, which becomes its state for the records before.
 */
function subscriptionValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number, state: CustomerState, applied: boolean): Values {
  const sub = liveSubscription(state, next);
  const id = sub.id;
  const day = date.slice(0, 10);
  let pAfter = sub.product;
  let pBefore = sub.product;
  let quantityAfter = sub.quantity;
  let quantityBefore = sub.quantity;
  let statusAfter = sub.status;
  let statusBefore = sub.status;
  let renewAfter = sub.autoRenew;
  let renewBefore = sub.autoRenew;
  let friendlyAfter = sub.friendlyName;
  let friendlyBefore = sub.friendlyName;
  let change: { key: string; value: string };
  if (op.operationType === 'upgrade_subscription') {
    pBefore = PRODUCTS[pAfter]!.upgradeFrom ?? pAfter;
    if (pBefore === pAfter) quantityBefore = Math.max(1, quantityAfter - 1 - (next() % 5));
    friendlyBefore = PRODUCTS[pBefore]!.name;
    change = { key: 'OfferName', value: PRODUCTS[pAfter]!.name };
  } else if (op.operationType === 'convert_trial_subscription') {
    statusBefore = 'trial';
    quantityBefore = 25;
    change = { key: 'Status', value: statusAfter };
  } else {
    const roll = next() % 20;
    if (roll < 11) {
      const size = quantityAfter > 100 ? 20 : 5;
      const delta = 1 + (next() % size);
      // Forward in time seats mostly grow, so walking back they mostly shrink.
      quantityBefore = next() % 10 < 6 && quantityAfter > delta ? quantityAfter - delta : quantityAfter + delta;
      change = { key: 'Quantity', value: String(quantityAfter) };
    } else if (roll < 14) {
      statusBefore = statusAfter === 'active' ? 'suspended' : 'active';
      change = { key: 'Status', value: statusAfter };
    } else if (roll < 17) {
      renewBefore = !renewAfter;
      change = { key: 'AutoRenewEnabled', value: String(renewAfter) };
    } else {
      const base = PRODUCTS[pAfter]!.name;
      if (formula !== undefined) friendlyAfter = formula;
      friendlyBefore = friendlyAfter === base ? `${base} - ${CUSTOMER_SHORT[c]}` : base;
      change = { key: 'FriendlyName', value: friendlyAfter };
    }
  }
  if (applied) {
    sub.product = pBefore;
    sub.quantity = quantityBefore;
    sub.status = statusBefore;
    sub.autoRenew = renewBefore;
    sub.friendlyName = friendlyBefore === formula ? PRODUCTS[pBefore]!.name : friendlyBefore;
  }
  const offerAfter = PRODUCT_NAME_JSON[pAfter]!;
  return {
    oldValue: subscriptionJson(id, pBefore, PRODUCT_NAME_JSON[pBefore]!, nameJson(friendlyBefore, pBefore), quantityBefore, day, statusBefore, renewBefore),
    newValue: subscriptionJson(id, pAfter, offerAfter, nameJson(friendlyAfter, pAfter), quantityAfter, day, statusAfter, renewAfter),
    customizedData: [{ key: 'SubscriptionId', value: id }, { key: 'OfferName', value: PRODUCTS[pAfter]!.name }, change],
  };
}

/** GDAP/DAP records drawn from the operation table: they act on the customer's standing relationship. */
function gdapValues(op: Operation, c: number, formula: string | undefined, next: () => number, state: CustomerState): Values {
  const data = [{ key: 'RelationshipId', value: state.gdapId }];
  if (formula) data.push({ key: 'Note', value: formula });
  switch (op.operationType) {
    case 'extend_relationship': {
      const before = relationshipJson(state.gdapId, c, 'Helpdesk', 'active', '2025-01-01T00:00:00Z', state.gdapEnd, 0);
      const extended = new Date(Date.parse(state.gdapEnd) + 180 * MS_PER_DAY).toISOString().slice(0, 19) + 'Z';
      return { oldValue: before, newValue: relationshipJson(state.gdapId, c, 'Helpdesk', 'active', '2025-01-01T00:00:00Z', extended, 0), customizedData: data };
    }
    case 'add_user_member':
      return { oldValue: '', newValue: `{"id":"${state.assignmentId}","member":"${guid(next)}"}`, customizedData: data };
    case 'dap_admin_relationship_approved':
      return { oldValue: '', newValue: '{"status":"approved","roles":["Admin agent"]}', customizedData: data };
    default:
      return { oldValue: '{"status":"active","roles":["Admin agent"]}', newValue: '{"status":"terminated"}', customizedData: data };
  }
}

function userJson(id: string, upn: string, first: number, last: number, displayName: string, usageLocation: string, state: string): string {
  return `{"id":"${id}","userPrincipalName":"${upn}","firstName":${FIRST_JSON[first]},"lastName":${LAST_JSON[last]},"displayName":${displayName},"usageLocation":"${usageLocation}","userDomainType":"emailid","state":"${state}","attributes":{"objectType":"CustomerUser"}}`;
}

function customerUserValues(op: Operation, c: number, formula: string | undefined, next: () => number): Values {
  const customer = SAMPLE_CUSTOMERS[c];
  const first = next() % FIRST_NAMES.length;
  const last = next() % LAST_NAMES.length;
  const upn = flat(FIRST_ASCII[first] + '.' + LAST_ASCII[last] + '@' + customer.domain);
  const id = guid(next);
  const location = USAGE_LOCATIONS[next() % USAGE_LOCATIONS.length];
  const displayName = json(FIRST_NAMES[first] + ' ' + LAST_NAMES[last]);
  const before = userJson(id, upn, first, last, displayName, location, 'active');
  const customizedData = [{ key: 'UserPrincipalName', value: upn }];
  if (formula) customizedData.push({ key: 'DisplayName', value: formula });
  switch (op.operationType) {
    case 'create_customer_user':
      return { oldValue: '', newValue: before, customizedData };
    case 'reset_customer_user_password':
      return { oldValue: 'n/a', newValue: `{"passwordProfile":{"forceChangePassword":true},"id":"${id}"}`, customizedData };
    case 'delete_customer_user':
      return { oldValue: before, newValue: '', customizedData };
    case 'update_customer_user_principal_name':
      return { oldValue: before, newValue: userJson(id, FIRST_ASCII[first] + '@' + customer.domain, first, last, displayName, location, 'active'), customizedData };
    case 'update_customer_user': {
      const after =
        next() % 2 === 0
          ? userJson(id, upn, first, last, displayName, location === 'IT' ? 'DE' : 'IT', 'active')
          : userJson(id, upn, first, last, json(formula ?? `${FIRST_NAMES[first]} ${LAST_NAMES[last]} (${customer.name.slice(0, 12)})`), location, 'active');
      return { oldValue: before, newValue: after, customizedData };
    }
    default:
      return { oldValue: before, newValue: userJson(id, upn, first, last, displayName, location, 'active'), customizedData };
  }
}
