import { describe, expect, it } from 'vitest';
import { DASHBOARD_FEATURES, FEATURES, QUICK_VIEWS, TOOLBAR_FEATURES } from './index';
import type { Feature } from './feature';

// Every file in features/ except the registry, the type and tests is a feature.
const files = import.meta.glob<Record<string, unknown>>(['./*.ts', '!./index.ts', '!./feature.ts', '!./*.test.ts'], { eager: true });

function exportedFeature(module: Record<string, unknown>): Feature | undefined {
  return Object.values(module).find((v): v is Feature => typeof v === 'object' && v !== null && 'id' in v && 'kind' in v);
}

describe('feature registry', () => {
  it('lists every feature file, under the id of its file name', () => {
    const ids = Object.keys(files).map((path) => path.replace('./', '').replace('.ts', ''));
    expect(ids.length).toBeGreaterThanOrEqual(7);
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

  it('files each feature in the group its kind belongs to', () => {
    expect(QUICK_VIEWS.every((f) => f.kind === 'quick-view')).toBe(true);
    expect(DASHBOARD_FEATURES.every((f) => f.kind === 'dashboard')).toBe(true);
    expect(TOOLBAR_FEATURES.every((f) => f.kind === 'toolbar')).toBe(true);
  });

  it('quick views speak both languages', () => {
    for (const view of QUICK_VIEWS) {
      expect(view.label('en')).not.toBe('');
      expect(view.label('it')).not.toBe(view.label('en'));
    }
  });
});
