// The columns and density a user chose, remembered per surface (the side panel and the app each keep their own) in
// localStorage; a missing, broken or unavailable store falls back to the surface's defaults.
import { OPTIONAL_COLUMNS, type OptionalColumn } from './log-columns';

export type Density = 'comfortable' | 'compact';

export interface TablePreferences {
  columns: readonly OptionalColumn[];
  density: Density;
}

function store(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export function readTablePreferences(key: string | undefined, defaults: TablePreferences): TablePreferences {
  if (!key) return defaults;
  try {
    const saved = JSON.parse(store()?.getItem(key) ?? 'null') as Partial<Record<keyof TablePreferences, unknown>> | null;
    if (!saved || typeof saved !== 'object') return defaults;
    const columns = Array.isArray(saved.columns) ? OPTIONAL_COLUMNS.filter((c) => (saved.columns as unknown[]).includes(c)) : defaults.columns;
    const density = saved.density === 'compact' || saved.density === 'comfortable' ? saved.density : defaults.density;
    return { columns, density };
  } catch {
    return defaults;
  }
}

/** Remembers and returns the preferences (so a setter can take the result). */
export function writeTablePreferences(key: string | undefined, prefs: TablePreferences): TablePreferences {
  if (key) {
    try {
      store()?.setItem(key, JSON.stringify(prefs));
    } catch {
      // Private mode or a full store: the choice still holds for this session's table.
    }
  }
  return prefs;
}
