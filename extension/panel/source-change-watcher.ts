// The panel reloads when the user changes where records come from (options page) or signs in or out elsewhere,
// so it never keeps showing sample data after switching to Partner Center, or "Not signed in" after signing in.
import type { Browser } from 'wxt/browser';
import { SESSION_TOKENS_KEY } from '../auth/session-tokens';
import { watchDataSourceSettings } from '../data-source/data-source-settings';

export type SourceChange = 'settings' | 'signed-in' | 'signed-out';

export function watchSourceChanges(storage: Pick<typeof Browser.storage, 'onChanged'>, onChange: (change: SourceChange) => void): () => void {
  const stopSettings = watchDataSourceSettings(() => onChange('settings'));
  const listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string): void => {
    const tokens = changes[SESSION_TOKENS_KEY];
    if (area !== 'session' || !tokens) return;
    // A silent refresh replaces tokens with tokens: not a change the panel must react to.
    if (tokens.oldValue === undefined && tokens.newValue !== undefined) onChange('signed-in');
    else if (tokens.oldValue !== undefined && tokens.newValue === undefined) onChange('signed-out');
  };
  storage.onChanged.addListener(listener);
  return () => {
    stopSettings();
    storage.onChanged.removeListener(listener);
  };
}
