// Realistic, seeded, deterministic Partner Center audit records for the sample server, `npm start`, the CLI,
// tests and benchmarks: the data a new user sees before signing in, and the awkward cases real data holds.
//
// Shape choices (the API documents only the envelope):
// - Orders: resourceNewValue is a Partner Center order as a JSON string (lineItems with offerId, subscriptionId,
//   friendlyName, quantity); customizedData lists the products as OrderId, ProductCount, then ProductName_<i>,
//   Quantity_<i> and OfferId_<i> per line item (i from 0), sometimes a PONumber of 16-18 digits.
// - Subscription updates carry old/new subscription JSON differing in quantity, status, autoRenewEnabled or
//   friendlyName; customer-user changes carry old/new user JSON; invoices carry an 18-digit InvoiceNumber.
// - About 1% of records use operation types Partner Center may add later; about 0.5% carry formula-looking
//   text (for the CSV export's injection guard), and one customer's name is one.
// - Customers, partner users and the partner id are the same for every seed (SAMPLE_CUSTOMERS) so tests can
//   name a known customer; the seed decides which records are made from them.
import type { ActivityRecord } from './activity-record';
import type { AuditRecordJson } from './audit-record-json';
import { recordFromAuditJson } from './record-from-audit-json';

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
function mulberry32(seed: number): () => number {
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
}

/** Illustrative catalogue (offer ids shaped like Partner Center's, not a price list). */
const PRODUCTS: readonly Product[] = [
  { name: 'Microsoft 365 Business Premium', offerId: 'CFQ7TTC0LCHC:0002' },
  { name: 'Microsoft 365 Business Standard', offerId: 'CFQ7TTC0LDPB:0001' },
  { name: 'Microsoft 365 Business Basic', offerId: 'CFQ7TTC0LH18:0001' },
  { name: 'Microsoft 365 E3', offerId: 'CFQ7TTC0LFLX:0001' },
  { name: 'Microsoft 365 E5', offerId: 'CFQ7TTC0LFLZ:0002' },
  { name: 'Office 365 E1', offerId: 'CFQ7TTC0LF8Q:0001' },
  { name: 'Office 365 E3', offerId: 'CFQ7TTC0LF8R:0001' },
  { name: 'Exchange Online (Plan 1)', offerId: 'CFQ7TTC0LH16:0001' },
  { name: 'Exchange Online (Plan 2)', offerId: 'CFQ7TTC0LH0R:0001' },
  { name: 'Microsoft Teams Essentials', offerId: 'CFQ7TTC0RL1N:0001' },
  { name: 'Microsoft Teams Premium', offerId: 'CFQ7TTC0RM8K:0001' },
  { name: 'Microsoft 365 Copilot', offerId: 'CFQ7TTC0MM8R:0001' },
  { name: 'Microsoft Entra ID P1', offerId: 'CFQ7TTC0LFK5:0001' },
  { name: 'Microsoft Intune Plan 1', offerId: 'CFQ7TTC0LCHH:0001' },
  { name: 'Microsoft Defender for Business', offerId: 'CFQ7TTC0LCHK:0001' },
  { name: 'Power BI Pro', offerId: 'CFQ7TTC0L3PB:0001' },
  { name: 'Visio Plan 2', offerId: 'CFQ7TTC0HD33:0001' },
  { name: 'Project Plan 3', offerId: 'CFQ7TTC0HDB0:0001' },
  { name: 'Windows 11 Enterprise E3', offerId: 'CFQ7TTC0LGTX:0001' },
  { name: 'Azure plan', offerId: 'DZH318Z0BPS6:0001' },
  { name: 'Dynamics 365 Business Central Essentials', offerId: 'CFQ7TTC0LH3P:0001' },
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

type ValueKind = 'order' | 'subscription' | 'customer-user' | 'license' | 'customer' | 'invoice' | 'partner-level' | 'generic';

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
  { operationType: 'extend_relationship', resourceType: 'granular_admin_relationship', weight: 6, kind: 'generic' },
  { operationType: 'dap_admin_relationship_approved', resourceType: 'partner_customer_dap', weight: 4, kind: 'generic' },
  { operationType: 'dap_admin_relationship_terminated', resourceType: 'partner_customer_dap', weight: 4, kind: 'generic' },
  { operationType: 'add_user_member', resourceType: 'customer_directory_role', weight: 5, kind: 'generic' },
  { operationType: 'remove_user_member', resourceType: 'customer_directory_role', weight: 4, kind: 'generic' },
  { operationType: 'add_user_member', resourceType: 'granular_admin_access_assignment', weight: 5, kind: 'generic' },
  { operationType: 'update_copilot_seat_assignment', resourceType: 'license', weight: 4, kind: 'license', future: true },
  { operationType: 'upload_device_batch', resourceType: 'device', weight: 3, kind: 'generic', future: true },
  { operationType: 'assign_device_policy', resourceType: 'policy', weight: 3, kind: 'generic', future: true },
];

const OPERATION_TABLE: number[] = [];
SAMPLE_OPERATIONS.forEach((op, index) => {
  for (let i = 0; i < op.weight; i++) OPERATION_TABLE.push(index);
});

/** Out of 1000: mostly succeeded, as on a real tenant. */
const STATUS_TABLE: string[] = [];
for (const [status, weight] of [['succeeded', 930], ['failed', 40], ['progress', 20], ['decline', 10]] as const) {
  for (let i = 0; i < weight; i++) STATUS_TABLE.push(status);
}

const SUBSCRIPTION_STATUSES = ['active', 'suspended', 'expired', 'disabled'];
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

const PAD2: string[] = [];
for (let i = 0; i < 100; i++) PAD2.push(i < 10 ? '0' + i : String(i));
const PAD3: string[] = [];
for (let i = 0; i < 1000; i++) PAD3.push(i < 10 ? '00' + i : i < 100 ? '0' + i : String(i));

/**
 * Audit records as the API sends them, newest first, spread over the `days` before `now`.
 * Deterministic for the same (count, seed, now, days); streams so a million costs no memory.
 */
export function* generateAuditRecords(options: SampleOptions): Generator<AuditRecordJson> {
  const count = Math.max(0, Math.floor(options.count));
  const next = mulberry32((options.seed ?? DEFAULT_SEED) ^ 0x9e3779b9);
  const nowMs = (options.now ?? new Date()).getTime();
  const spanMs = Math.max(1, (options.days ?? DEFAULT_DAYS) * MS_PER_DAY);
  const stepMs = spanMs / Math.max(1, count);
  const customers = SAMPLE_CUSTOMERS;
  const users = SAMPLE_PARTNER_USERS;
  const attributes = { objectType: 'AuditRecord' };
  let dayStart = Number.NaN;
  let dayPrefix = '';

  for (let i = 0; i < count; i++) {
    // Record i sits in the i-th slice of the period, so the stream is newest first without sorting.
    const dateMs = nowMs - Math.floor((i + next() / 4294967296) * stepMs);
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
    const op = SAMPLE_OPERATIONS[OPERATION_TABLE[next() % OPERATION_TABLE.length]];
    const customerIndex = next() % customers.length;
    const customer = customers[customerIndex];
    const partnerLevel = op.kind === 'partner-level';
    const operationStatus = STATUS_TABLE[next() % STATUS_TABLE.length];
    const formula = next() % 200 === 0 ? FORMULA_LOOKING_VALUES[next() % FORMULA_LOOKING_VALUES.length] : undefined;
    const values = makeValues(op, customerIndex, operationDate, formula, next);
    yield {
      id: guid(next),
      partnerId: SAMPLE_PARTNER_ID,
      customerId: partnerLevel ? '' : customer.id,
      customerName: partnerLevel ? '' : customer.name,
      userPrincipalName: users[next() % users.length],
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

function makeValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number): Values {
  switch (op.kind) {
    case 'order':
      return orderValues(op, c, date, formula, next);
    case 'subscription':
      return subscriptionValues(op, c, date, formula, next);
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

function orderValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number): Values {
  const orderId = guid(next);
  const productCount = 1 + (next() % 6);
  const customizedData = [
    { key: 'OrderId', value: orderId },
    { key: 'ProductCount', value: String(productCount) },
  ];
  let items = '';
  const first = next() % PRODUCTS.length;
  for (let i = 0; i < productCount; i++) {
    // Consecutive catalogue entries: one order never lists the same product twice.
    const p = (first + i) % PRODUCTS.length;
    const product = PRODUCTS[p];
    const quantity = 1 + (next() % 50);
    const formulaHere = formula !== undefined && i === 0;
    const friendlyName = formulaHere ? formula : product.name;
    if (i > 0) items += ',';
    items += `{"lineItemNumber":${i},"offerId":"${product.offerId}","subscriptionId":"${guid(next)}","friendlyName":${formulaHere ? json(formula) : PRODUCT_NAME_JSON[p]},"quantity":${quantity},"termDuration":"P1Y","billingCycle":"monthly"}`;
    const keys = PRODUCT_KEYS[i];
    customizedData.push(
      { key: keys.name, value: friendlyName },
      { key: keys.quantity, value: String(quantity) },
      { key: keys.offer, value: product.offerId },
    );
  }
  if (next() % 30 === 0) customizedData.push({ key: 'PONumber', value: digits(16 + (next() % 3), next) });
  const head = `{"id":"${orderId}","referenceCustomerId":"${SAMPLE_CUSTOMERS[c].id}","billingCycle":"monthly","lineItems":[${items}],"creationDate":"${date}","status":"`;
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

function subscriptionValues(op: Operation, c: number, date: string, formula: string | undefined, next: () => number): Values {
  const p = next() % PRODUCTS.length;
  const product = PRODUCTS[p];
  const id = guid(next);
  const quantity = 1 + (next() % 200);
  const day = date.slice(0, 10);
  const nameJson = PRODUCT_NAME_JSON[p];
  const offerAfter = op.operationType === 'convert_trial_subscription' ? json(product.name + ' (paid)') : nameJson;
  let quantityAfter = quantity;
  let statusAfter = 'active';
  let autoRenewAfter = true;
  let friendlyAfter = nameJson;
  let change: { key: string; value: string };
  switch (next() % 4) {
    case 0:
      {
        const delta = 1 + (next() % 10);
        quantityAfter = next() % 2 === 0 || quantity <= delta ? quantity + delta : quantity - delta;
      }
      change = { key: 'Quantity', value: String(quantityAfter) };
      break;
    case 1:
      statusAfter = SUBSCRIPTION_STATUSES[1 + (next() % (SUBSCRIPTION_STATUSES.length - 1))];
      change = { key: 'Status', value: statusAfter };
      break;
    case 2:
      autoRenewAfter = false;
      change = { key: 'AutoRenewEnabled', value: 'false' };
      break;
    default: {
      const friendly = formula ?? `${product.name} - ${CUSTOMER_SHORT[c]}`;
      friendlyAfter = json(friendly);
      change = { key: 'FriendlyName', value: friendly };
    }
  }
  return {
    oldValue: subscriptionJson(id, p, nameJson, nameJson, quantity, day, 'active', true),
    newValue: subscriptionJson(id, p, offerAfter, friendlyAfter, quantityAfter, day, statusAfter, autoRenewAfter),
    customizedData: [{ key: 'SubscriptionId', value: id }, { key: 'OfferName', value: product.name }, change],
  };
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
