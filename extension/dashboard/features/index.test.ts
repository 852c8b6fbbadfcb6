import { describe, expect, it } from 'vitest';
import { DASHBOARD_FEATURES, FEATURES, QUICK_VIEWS } from './index';
import type { Feature } from './feature';
import { queryRecords } from '../../../core/asking/activity-query';
import { generateSampleRecords } from '../../../sample-data/sample-generator';

// Every file in features/ except the registry, the type and tests is a feature.
const files = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./feature.ts', '!./*.test.ts'], { eager: true });

function exportedFeature(module: Record<string, unknown>): Feature | undefined {
  return Object.values(module).find((v): v is Feature => typeof v === 'object' && v !== null && 'id' in v && 'kind' in v);
}

const now = new Date('2026-11-25T15:00:00Z');
const records = [...generateSampleRecords({ count: 600, seed: 11, now, days: 20 })];

describe('feature registry', () => {
  it('lists every feature file, under the id of its file name', () => {
    const ids = Object.keys(files).map((path) => path.replace('./', '').replace('.ts', ''));
    expect(ids.length).toBeGreaterThanOrEqual(6);
    for (const [path, module] of Object.entries(files)) {
      const feature = exportedFeature(module);
      expect(feature, `${path} exports a feature`).toBeDefined();
      expect(FEATURES, `${path} is registered in features/index.ts`).toContain(feature);
      expect(feature!.id).toBe(path.replace('./', '').replace('.ts', ''));
    }
    expect(FEATURES.length).toBe(ids.length);
  });

  it('documents every feature: a title and a sentence saying what the user gets', () => {
    for (const feature of FEATURES) {
      expect(feature.title.trim(), feature.id).not.toBe('');
      expect(feature.description.trim().length, feature.id).toBeGreaterThan(30);
      expect(feature.description.trim()).toMatch(/[.!]$/);
    }
    expect(new Set(FEATURES.map((f) => f.id)).size).toBe(FEATURES.length);
  });

  it('files each feature in the group its kind belongs to: the augmenter runs the dashboard ones, the panel the quick views', () => {
    expect(QUICK_VIEWS.every((f) => f.kind === 'quick-view')).toBe(true);
    expect(DASHBOARD_FEATURES.every((f) => f.kind === 'dashboard')).toBe(true);
    expect(FEATURES.filter((f) => f.kind !== 'quick-view' && f.kind !== 'dashboard')).toEqual([]);
  });

  it('lists no bare descriptor: every feature carries the code it runs (a behaviour with its own pipeline, like the toolbar export, is not listed)', () => {
    for (const feature of FEATURES) {
      const code = feature.kind === 'dashboard' ? [feature.matches, feature.mount] : [feature.label, feature.query];
      expect(code.every((f) => typeof f === 'function'), feature.id).toBe(true);
    }
    expect(FEATURES.map((f) => f.id)).not.toContain('toolbar-export');
  });

  it("each quick view's own filter narrows the log to what it names, and only that", () => {
    const customerId = records.find((r) => r.customerId !== '')!.customerId;
    const expected: Record<string, (r: (typeof records)[number]) => boolean> = {
      'this-customer': (r) => r.customerId === customerId,
      today: (r) => r.operationDate.slice(0, 10) === '2026-11-25',
      'failed-operations': (r) => r.operationStatus === 'failed',
      orders: (r) => r.resourceType === 'order',
    };
    expect(QUICK_VIEWS.map((v) => v.id).sort()).toEqual(Object.keys(expected).sort());
    for (const view of QUICK_VIEWS) {
      const query = view.query({ now, customerId });
      expect(query, view.id).toBeDefined();
      const shown = queryRecords(records, query!);
      expect(shown.length, `${view.id} keeps some records`).toBeGreaterThan(0);
      expect(shown.length, `${view.id} leaves some out`).toBeLessThan(records.length);
      expect(shown).toEqual(records.filter(expected[view.id]!));
    }
  });

  it('a quick view that needs a customer steps aside when no customer page is active', () => {
    const thisCustomer = QUICK_VIEWS.find((v) => v.id === 'this-customer')!;
    expect(thisCustomer.query({ now })).toBeUndefined();
  });

  it('quick views speak both languages', () => {
    for (const view of QUICK_VIEWS) {
      expect(view.label('en')).not.toBe('');
      expect(view.label('it')).not.toBe(view.label('en'));
    }
  });
});
