import { describe, expect, it } from 'vitest';
import { recordsFromApiJson } from './records-from-api-json';
import { recordsFromJsonText } from './records-from-json-stream';
import { generateAuditRecords, generateSampleRecords } from '../../sample-data/sample-generator';

const audit = [...generateAuditRecords({ count: 6, seed: 11 })];

/** PowerShell's ConvertTo-Json spelling: PascalCase record fields and customizedData Key/Value. */
function pascal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pascal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k.charAt(0).toUpperCase() + k.slice(1),
      k === 'customizedData' && Array.isArray(v) ? v.map((kv: { key: string; value: string }) => ({ Key: kv.key, Value: kv.value })) : k === 'items' ? pascal(v) : v,
    ]),
  );
}

describe('importing saved API and PowerShell JSON', () => {
  it('reads the same records from an array, a page, several pages and PowerShell output', () => {
    const fromArray = recordsFromApiJson(audit, 'records.json');
    expect(fromArray.format).toBe('api-json');
    expect(fromArray.problems).toEqual([]);
    expect(fromArray.records).toHaveLength(6);
    expect(fromArray.records.map((r) => r.id)).toEqual(audit.map((r) => r.id));
    const shapes: unknown[] = [
      { totalCount: 6, items: audit, links: {}, attributes: { objectType: 'Collection' } },
      [{ items: audit.slice(0, 2) }, { items: audit.slice(2) }],
      pascal(audit),
      { value: pascal(audit), Count: 6 },
      pascal({ items: audit }),
    ];
    for (const shape of shapes) {
      const result = recordsFromApiJson(shape, 'x.json');
      expect(result.problems).toEqual([]);
      expect(result.records).toEqual(fromArray.records);
    }
  });

  it('imports the good records and names the file and index of a broken one', () => {
    const broken = [audit[0], { ...audit[1], operationDate: 'yesterday' }, audit[2]];
    const result = recordsFromApiJson(broken, 'saved.json');
    expect(result.records.map((r) => r.id)).toEqual([audit[0]!.id, audit[2]!.id]);
    expect(result.rowsRead).toBe(3);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'saved.json', row: 2 });
    expect(result.problems[0]!.message).toContain('saved.json, record 2');
  });

  it('gives back our own JSON export exactly, key included, except the source', () => {
    const records = [...generateSampleRecords({ count: 5, seed: 3 })];
    const result = recordsFromJsonText(JSON.stringify({ activityLens: 1, exportedAt: '2025-01-01T00:00:00.000Z', records }), 'export.json');
    expect(result.format).toBe('lens-json');
    expect(result.records).toEqual(records.map((r) => ({ ...r, source: 'lens-json' })));
  });

  it('says where invalid JSON breaks', () => {
    const result = recordsFromJsonText('[\n  {"id": "1",}\n]', 'bad.json');
    expect(result.records).toEqual([]);
    expect(result.problems[0]).toMatchObject({ kind: 'bad-json', file: 'bad.json' });
    expect(result.problems[0]!.message).toMatch(/bad\.json: not valid JSON/);
    expect(result.problems[0]!.message).toContain('line 2');
  });

  it('says when JSON holds no audit records', () => {
    expect(recordsFromApiJson({ hello: 'world' }, 'other.json').problems[0]).toMatchObject({ kind: 'unknown-format', file: 'other.json' });
  });
});
