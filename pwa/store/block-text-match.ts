// Free-text search answered on a block's stored form, without making a record object of each row: a word is
// tested once per customer, user, action and status of the block (its facets), and per record only against the
// fields that are the record's own (ids, old/new values, customized data). So the counts of a text search cost
// little more than reading the blocks, where the core predicate per record first built its sentences in two
// languages. It means exactly what the core's text filter means (activity-query.ts: every folded word in some
// field of textSearchFields, case-insensitively or in the field's folded form); a property test holds the two together.
import { foldLetters, foldText, NON_ASCII } from '../../core/asking/fold-text';
import { actionText } from '../../core/words/action-text';
import { statusText } from '../../core/words/status-text';
import type { KeyValue } from '../../core/record/activity-record';
import type { BlockFacets } from './block-facets';
import type { RecordBlock } from './record-block';

export interface TextWord {
  folded: string;
  pattern: RegExp;
}

/** The query's search words as the core predicate reads them; undefined without free text. */
export function textWordsOf(text: string | undefined): TextWord[] | undefined {
  const folded = text ? foldText(text) : '';
  if (folded === '') return undefined;
  return folded.split(' ').map((w) => ({ folded: w, pattern: new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') }));
}

function fieldHas(field: string, word: TextWord): boolean {
  return word.pattern.test(field) || (NON_ASCII.test(field) && foldLetters(field).includes(word.folded));
}

function listHas(list: readonly KeyValue[], word: TextWord): boolean {
  for (let i = 0; i < list.length; i++) if (fieldHas(list[i]!.key, word) || fieldHas(list[i]!.value, word)) return true;
  return false;
}

/** Per facet entry, per word: 1 when one of the entry's fields holds the word. */
function entriesWith(count: number, fields: (i: number) => readonly string[], word: TextWord): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    for (const f of fields(i)) {
      if (fieldHas(f, word)) {
        out[i] = 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Clears in `mask` (block order, 1 = still a match) every record of the given part rows that lacks a word;
 * positions of parts not given are cleared too (their records were not read, so none of them matched the mask).
 */
export function applyTextWords(mask: Uint8Array, facets: BlockFacets, partStarts: readonly number[], parts: readonly RecordBlock[], words: readonly TextWord[]): void {
  const read = new Uint8Array(mask.length);
  for (const part of parts) read.fill(1, partStarts[part.part]!, partStarts[part.part + 1]!);
  for (let i = 0; i < mask.length; i++) if (read[i] === 0) mask[i] = 0;
  for (const word of words) {
    const customerHas = entriesWith(facets.customerIds.length, (c) => [facets.customerNames[c]!, facets.customerIds[c]!], word);
    const userHas = entriesWith(facets.users.length, (u) => [facets.users[u]!], word);
    const actionHas = entriesWith(facets.operationTypes.length, (a) => {
      const record = { operationType: facets.operationTypes[a]!, resourceType: facets.resourceTypes[a]!, actionText: facets.actionTexts[a]! };
      return [record.resourceType, record.operationType, record.actionText, actionText(record, 'en'), actionText(record, 'it')];
    }, word);
    const statusHas = entriesWith(facets.statuses.length, (s) => {
      const status = facets.statuses[s]!;
      return status === '' ? [] : [status, statusText(status, 'en'), statusText(status, 'it')];
    }, word);
    for (const part of parts) {
      const c = part.columns;
      const start = partStarts[part.part]!;
      for (let k = 0; k < c.key.length; k++) {
        const i = start + k;
        if (mask[i] === 0) continue;
        if (customerHas[facets.customer[i]!] || userHas[facets.user[i]!] || actionHas[facets.action[i]!] || statusHas[facets.status[i]!]) continue;
        const own =
          fieldHas(c.id[k]!, word) ||
          fieldHas(c.partnerId[k]!, word) ||
          fieldHas(c.applicationId[k]!, word) ||
          fieldHas(c.originalCorrelationId[k]!, word) ||
          fieldHas(c.resourceOldValue[k]!, word) ||
          fieldHas(c.resourceNewValue[k]!, word) ||
          listHas(c.customizedData[k]!, word) ||
          listHas(c.extra[k]!, word);
        if (!own) mask[i] = 0;
      }
    }
  }
}
