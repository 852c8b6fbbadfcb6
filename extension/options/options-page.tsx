// The options page: where data comes from, Partner Center sign-in, how to register the app it signs in with,
// and the Activity Lens app: its address, the paired apps and the refused pages.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import { redirectUri } from '../auth';
import { loadDataSourceSettings, type DataSourceSettings } from '../data-source/data-source-settings';
import { AppRegistrationHelp } from './app-registration-help';
import { DataSourceForm } from './data-source-form';
import { optionsText } from './options-text';
import { SignInPanel } from './sign-in-panel';
import { AppPairingSection } from './app-pairing-section';
import { SyncSection, type SyncSectionDeps } from './sync-section';

export function OptionsPage(props: { lang: Lang; openApp?: (appUrl: string) => Promise<void>; sync?: SyncSectionDeps }) {
  const t = optionsText(props.lang);
  // The saved settings: sign-in always uses what is stored, never an unsaved draft.
  const [saved, setSaved] = useState<DataSourceSettings | undefined>();

  useEffect(() => {
    loadDataSourceSettings().then(setSaved);
  }, []);

  return (
    <main>
      <h1>{t.pageTitle}</h1>
      {saved === undefined ? (
        <p>{logText(props.lang).loading}</p>
      ) : (
        <>
          <DataSourceForm lang={props.lang} initial={saved} onSaved={setSaved} />
          {saved.kind === 'partner-center' && (
            <>
              <SignInPanel lang={props.lang} settings={saved} />
              <AppRegistrationHelp lang={props.lang} redirectUri={redirectUri()} />
            </>
          )}
          <SyncSection lang={props.lang} deps={props.sync ?? { status: async () => undefined, syncNow: async () => undefined, fetchDaysAtRisk: async () => undefined }} />
          <AppPairingSection lang={props.lang} openApp={props.openApp ?? (async () => undefined)} />
        </>
      )}
    </main>
  );
}
