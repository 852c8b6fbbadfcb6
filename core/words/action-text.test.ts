import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  actionText,
  humanise,
  knownActions,
  KNOWN_OPERATION_TYPES,
  OPERATION_TYPES_BY_NUMBER,
  operationTypeFromActionText,
  operationTypesForFilter,
} from './action-text';
import type { Lang } from './locale';

/**
 * SPEC §7: the .NET SDK's OperationType enum, in its order, copied here so a member dropped from (or moved in) the
 * table fails. The index is the integer Windows PowerShell 5.1 writes.
 */
const SDK_OPERATION_TYPE_ENUM = `Undefined, UpdateCustomerQualification,
  UpdateSubscription, UpgradeSubscription, ConvertTrialSubscription, AddCustomer, UpdateCustomerBillingProfile,
  UpdateCustomerPartnerContractCompanyName, UpdateCustomerSpendingBudget, DeleteCustomer,
  RemovePartnerCustomerRelationship, CreateOrder, UpdateOrder, CreateCustomerUser, DeleteCustomerUser,
  UpdateCustomerUser, UpdateCustomerUserLicenses, ResetCustomerUserPassword, UpdateCustomerUserPrincipalName,
  RestoreCustomerUser, CreateMpnAssociation, UpdateMpnAssociation, UpdateSfbCustomerUserLicenses, UpdateTransfer,
  CreatePartnerRelationship, RegisterApplication, UnregisterApplication, AddApplicationCredential,
  RemoveApplicationCredential, CreatePartnerUser, UpdatePartnerUser, RemovePartnerUser, CreateReferral,
  UpdateReferral, GetSoftwareKey, GetSoftwareDownloadLink, IncreaseSpendingLimit, ReadyInvoice, CreateAgreement,
  ExtendRelationship, CreateTransfer, CreateSelfServePolicy, UpdateSelfServePolicy, DeleteSelfServePolicy,
  RemovePartnerRelationship, DeleteTipCustomer, CreateRelatedReferral, UpdateRelatedReferral,
  GranularAdminRelationshipApproved, GranularAdminRelationshipActivated,
  GranularAdminRelationshipTerminationRequested, GranularAdminRelationshipTerminated,
  GranularAdminRelationshipExpired, GranularAdminAccessAssignmentCreated, GranularAdminAccessAssignmentUpdated,
  GranularAdminAccessAssignmentDeleted, DapAdminRelationshipApproved, DapAdminRelationshipTerminated,
  CreateCredit, UpdateCredit, CancelCredit, AddUserMember, RemoveUserMember,
  GranularAdminAccessAssignmentActivated, SoftwareAttestation, GranularAdminRelationshipCleanedUp,
  UpdateCompanyInfo, PolicyCreated, PolicyUpdated, PolicyDeleted, DeviceUpdated, DevicesUpdateAttempted,
  DeviceDeleted, DevicesUploadToNewBatchAttempted, DevicesUploadToExistingBatchAttempted, ManageOverage,
  DapAdminRelationshipTerminatedByMicrosoft, AzureFraudEventDetected, CreateNewCommerceMigration`
  .split(',')
  .map((s) => s.trim());

/** The wire form: `GranularAdminRelationshipTerminated` → `granular_admin_relationship_terminated`. */
const wireName = (pascal: string) => pascal.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

/** Events that no partner user performed: their sentences say what happened, not "ha …". */
const EVENTS_WITHOUT_ACTOR = new Set([
  'granular_admin_relationship_expired', 'granular_admin_relationship_cleaned_up',
  'dap_admin_relationship_terminated_by_microsoft', 'azure_fraud_event_detected',
]);

const op = (operationType: string, resourceType = '', text = '') => ({ operationType, resourceType, actionText: text });
const LANGS: Lang[] = ['en', 'it'];

describe('actionText', () => {
  it('writes the dashboard sentences for referrals, orders and licenses', () => {
    expect(actionText(op('create_referral', 'referral'), 'en')).toBe('created a referral');
    expect(actionText(op('create_referral', 'referral'), 'it')).toBe('ha creato una segnalazione');
    expect(actionText(op('create_order', 'order'), 'en')).toBe('created an order');
    expect(actionText(op('create_order', 'order'), 'it')).toBe('ha creato un ordine');
    expect(actionText(op('update_customer_user_licenses', 'license'), 'en')).toBe("updated a customer user's licenses");
    expect(actionText(op('update_customer_user_licenses', 'license'), 'it')).toBe('ha aggiornato le licenze di un utente del cliente');
  });

  it('has the SDK enum of SPEC §7 in its order, so a PowerShell integer names the right operation', () => {
    expect(SDK_OPERATION_TYPE_ENUM).toHaveLength(79);
    expect(OPERATION_TYPES_BY_NUMBER).toEqual(SDK_OPERATION_TYPE_ENUM.map(wireName));
    expect(OPERATION_TYPES_BY_NUMBER[51]).toBe('granular_admin_relationship_terminated');
  });

  it.each(SDK_OPERATION_TYPE_ENUM.slice(1).map(wireName))('words %s in English and in Italian', (type) => {
    expect(KNOWN_OPERATION_TYPES).toContain(type);
    const en = actionText(op(type), 'en');
    const it_ = actionText(op(type), 'it');
    expect(en).not.toBe(humanise(type));
    expect(it_).not.toBe(humanise(type));
    expect(en).not.toBe(it_);
    if (!EVENTS_WITHOUT_ACTOR.has(type)) {
      expect(en).toMatch(/^[a-z]+ /); // a past-tense verb, as the dashboard writes after the user's name
      expect(it_.startsWith('ha '), it_).toBe(true);
    }
  });

  it('knows no operation outside the SDK enum, and all 78 of its members', () => {
    expect(KNOWN_OPERATION_TYPES).toHaveLength(78);
    for (const type of KNOWN_OPERATION_TYPES) expect(OPERATION_TYPES_BY_NUMBER).toContain(type);
  });

  it('words the GDAP events as the dashboard does', () => {
    expect(actionText(op('granular_admin_relationship_terminated'), 'en')).toBe('terminated a GDAP relationship');
    expect(actionText(op('granular_admin_relationship_terminated'), 'it')).toBe('ha terminato una relazione GDAP');
    expect(actionText(op('granular_admin_relationship_expired'), 'en')).toBe('a GDAP relationship expired');
  });

  it('never gives two operations the same sentence, in either language', () => {
    for (const lang of LANGS) {
      const sentences = KNOWN_OPERATION_TYPES.map((type) => actionText(op(type), lang));
      expect(new Set(sentences).size).toBe(sentences.length);
    }
  });

  it('shows an operation Microsoft added later humanised rather than dropping it', () => {
    expect(actionText(op('some_new_thing', 'order'), 'en')).toBe('some new thing');
    expect(actionText(op('some_new_thing', 'order'), 'it')).toBe('some new thing');
  });

  it('falls back to the sentence a file brought, then to the resource type', () => {
    expect(actionText(op('', 'order', 'did something brand new'), 'it')).toBe('did something brand new');
    expect(actionText(op('', 'granular_admin_relationship'), 'en')).toBe('granular admin relationship');
    expect(actionText(op(''), 'en')).toBe('');
  });
});

describe('humanise', () => {
  it('turns snake_case and kebab-case into words with single spaces', () => {
    expect(humanise('some_new_thing')).toBe('some new thing');
    expect(humanise('__a--b  c_')).toBe('a b c');
    expect(humanise('')).toBe('');
  });

  it('never leaves an underscore, a double space or an edge space', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = humanise(s);
        expect(h).not.toMatch(/_|  |^ | $/);
      }),
    );
  });
});

describe('operationTypeFromActionText (importing the dashboard CSV)', () => {
  it('reads back every sentence in both languages', () => {
    for (const type of KNOWN_OPERATION_TYPES) {
      for (const lang of LANGS) {
        expect(operationTypeFromActionText(actionText(op(type), lang)), `${type} ${lang}`).toBe(type);
      }
    }
  });

  it('ignores case, spacing, curly apostrophes and a final full stop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...KNOWN_OPERATION_TYPES),
        fc.constantFrom(...LANGS),
        fc.boolean(),
        fc.constantFrom(' ', '  ', '\t'),
        (type, lang, upper, space) => {
          let text = actionText(op(type), lang).replace(/ /g, space).replace(/'/g, '’');
          text = upper ? text.toUpperCase() : text;
          expect(operationTypeFromActionText(`  ${text}. `)).toBe(type);
        },
      ),
    );
  });

  it('accepts the snake_case name itself and its humanised form', () => {
    expect(operationTypeFromActionText('create_order')).toBe('create_order');
    expect(operationTypeFromActionText('Create order')).toBe('create_order');
  });

  it('says undefined for words it does not know, so the importer keeps the sentence as it is', () => {
    expect(operationTypeFromActionText('did something brand new')).toBeUndefined();
    expect(operationTypeFromActionText('')).toBeUndefined();
    expect(operationTypeFromActionText('toString')).toBeUndefined();
    expect(operationTypeFromActionText('__proto__')).toBeUndefined();
  });
});

describe('operationTypesForFilter (the Action filter)', () => {
  it('takes a whole sentence, in either language, or a name as exactly that action', () => {
    expect(operationTypesForFilter('created an order')).toEqual(['create_order']);
    expect(operationTypesForFilter('Ha creato un ordine')).toEqual(['create_order']);
    expect(operationTypesForFilter('update_order')).toEqual(['update_order']);
  });

  it('takes a word as every action whose sentence or name holds it', () => {
    expect(operationTypesForFilter('order').sort()).toEqual(['create_order', 'update_order']);
    expect(operationTypesForFilter('ORDINE').sort()).toEqual(['create_order', 'update_order']);
    const licences = operationTypesForFilter('licenses');
    expect(licences).toContain('update_customer_user_licenses');
    expect(licences).toContain('update_sfb_customer_user_licenses');
    for (const op of operationTypesForFilter('password')) expect(actionText({ operationType: op, resourceType: '', actionText: '' }, 'en')).toContain('password');
  });

  it('keeps words that match no action as the name of one we have no sentence for', () => {
    expect(operationTypesForFilter('Rotate partner key')).toEqual(['rotate_partner_key']);
    expect(operationTypesForFilter('   ')).toEqual([]);
  });

  it('always finds the action whose own sentence it is given, whatever part of it (unless the part is another whole action)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_OPERATION_TYPES), fc.constantFrom<Lang>('en', 'it'), fc.nat(), fc.nat(), (op, lang, a, b) => {
        const sentence = actionText({ operationType: op, resourceType: '', actionText: '' }, lang);
        const start = a % sentence.length;
        const part = sentence.slice(start, start + 1 + (b % (sentence.length - start)));
        fc.pre(part.trim() !== '');
        // "updated a customer user" is a whole action of its own, even inside "updated a customer user's licenses".
        const whole = operationTypeFromActionText(part);
        expect(operationTypesForFilter(part)).toEqual(whole ? [whole] : expect.arrayContaining([op]));
      }),
      { numRuns: 500 },
    );
  });
});

describe('knownActions (the Action filter’s choices)', () => {
  it('offers every known action once, in the user’s language, by sentence', () => {
    for (const lang of ['en', 'it'] as const) {
      const actions = knownActions(lang);
      expect(actions.map((a) => a.operationType).sort()).toEqual([...KNOWN_OPERATION_TYPES].sort());
      const texts = actions.map((a) => a.text);
      expect(texts).toEqual([...texts].sort((x, y) => x.localeCompare(y, lang)));
    }
    expect(knownActions('it').find((a) => a.operationType === 'create_order')?.text).toBe('ha creato un ordine');
  });
});
