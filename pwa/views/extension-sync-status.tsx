// One line under the archive's count: whether the extension keeps this archive up to date, what it last brought,
// and, when it cannot, why in the extension's own words (not paired, not installed, not signed in).
import type { Lang } from '../../core/words/locale';
import { formatNumber } from '../../core/words/log-text';
import type { ArchiveSyncStatus } from '../archive-sync';
import { momentText } from '../../ui/date-time-text/date-time-text';

const WORDS = {
  en: {
    connecting: 'Checking the Activity Lens extension for new records…',
    connected: 'Kept up to date by the Activity Lens extension.',
    lastSync: (time: string) => `Last fetched ${time}.`,
    lastSyncFailed: (time: string, why: string) => `The last fetch (${time}) did not finish: ${why}`,
    importing: (label: string) => `Adding new records from the extension: ${label}…`,
    delivered: (added: number, dup: number) => `${formatNumber('en', added)} new records from the extension, ${formatNumber('en', dup)} already in the archive.`,
  },
  it: {
    connecting: 'Verifica dei nuovi record nell’estensione Activity Lens…',
    connected: 'Tenuto aggiornato dall’estensione Activity Lens.',
    lastSync: (time: string) => `Ultimo download ${time}.`,
    lastSyncFailed: (time: string, why: string) => `L’ultimo download (${time}) non è terminato: ${why}`,
    importing: (label: string) => `Aggiunta dei nuovi record dall’estensione: ${label}…`,
    delivered: (added: number, dup: number) => `${formatNumber('it', added)} record nuovi dall’estensione, ${formatNumber('it', dup)} già nell’archivio.`,
  },
} as const;

export function ExtensionSyncStatus(props: { lang: Lang; status?: ArchiveSyncStatus; delivered?: { added: number; duplicates: number } }) {
  const w = WORDS[props.lang];
  const s = props.status;
  if (!s) return null;
  const time = (ms: number) => momentText(ms, props.lang);
  let line: string;
  if (s.state === 'connecting') line = w.connecting;
  else if (s.state === 'importing') line = w.importing(s.label);
  else if (s.state === 'unavailable') line = s.problem.message;
  else {
    const last = s.lastSync;
    line = [w.connected, last ? (last.ok ? w.lastSync(time(last.at)) : w.lastSyncFailed(time(last.at), last.message ?? '')) : ''].filter(Boolean).join(' ');
  }
  return (
    <p class="extension-sync" role="status" aria-live="polite">
      {line}
      {props.delivered && ` ${w.delivered(props.delivered.added, props.delivered.duplicates)}`}
    </p>
  );
}
