// The options page's own words (en/it) on top of core's shared labels: data source, sign-in and app registration.
import type { Lang } from '../../core/words/locale';

export interface OptionsText {
  pageTitle: string;
  dataSource: string;
  dataSourceLegend: string;
  sampleServer: string;
  sampleServerHint: string;
  partnerCenter: string;
  partnerCenterHint: string;
  sampleUrl: string;
  cloud: string;
  cloudGlobal: string;
  cloudUsGov: string;
  tenant: string;
  tenantHint: string;
  clientId: string;
  clientIdHint: string;
  save: string;
  saved: string;
  fixProblems: (count: number) => string;
  signInHeading: string;
  signedInAs: (account: string) => string;
  signedInNoName: string;
  tokenValidUntil: (time: string) => string;
  signingIn: string;
  signedOut: string;
  sampleNeedsNoSignIn: string;
  registerHeading: string;
  registerIntro: string;
  registerSteps: string[];
  redirectUri: string;
  copy: string;
  copied: string;
  copyFailed: string;
  appHeading: string;
  appIntro: string;
  appAddress: string;
  appAddressHint: string;
  saveAppAddress: string;
  appAddressSaved: string;
  openApp: string;
  openAppHint: string;
  pairedHeading: string;
  pairedNone: string;
  pairedSince: (time: string) => string;
  revoke: (origin: string) => string;
  revokeButton: string;
  revoked: (origin: string) => string;
  refusedHeading: string;
  refusedIntro: string;
  refusedNone: string;
  refusedLine: (time: string, count: number) => string;
  pairOrigin: (origin: string) => string;
  pairButton: string;
  pairedNow: (origin: string) => string;
  clearRefused: string;
  syncHeading: string;
  keepUpToDate: string;
  keepUpToDateHint: string;
  syncNow: string;
  syncing: string;
  lastSyncOk: (time: string, fetched: number) => string;
  lastSyncFailed: (time: string, why: string) => string;
  neverSynced: string;
  waiting: (records: number) => string;
  atRisk: (count: number, first: string, on: string) => string;
  alertsHeading: string;
  alertsIntro: string;
  fetchAtRisk: string;
}

const EN: OptionsText = {
  pageTitle: 'Activity Lens options',
  dataSource: 'Data source',
  dataSourceLegend: 'Read the activity log from',
  sampleServer: 'Sample server',
  sampleServerHint: 'Generated sample data from the local sample server (npm start). Not your Partner Center.',
  partnerCenter: 'Partner Center',
  partnerCenterHint: "Your own activity log, read with the Partner Center API after you sign in with your partner account.",
  sampleUrl: 'Sample server address',
  cloud: 'Cloud',
  cloudGlobal: 'Global (partner.microsoft.com)',
  cloudUsGov: 'US Government (Microsoft Cloud for US Government)',
  tenant: 'Tenant',
  tenantHint: 'Your tenant ID or domain (contoso.onmicrosoft.com), or "organizations" to sign in with any work account.',
  clientId: 'Application (client) ID',
  clientIdHint: 'From your app registration\'s Overview page in the Microsoft Entra admin center.',
  save: 'Save',
  saved: 'Settings saved.',
  fixProblems: (count) => (count === 1 ? 'Settings not saved: fix the field marked below.' : `Settings not saved: fix the ${count} fields marked below.`),
  signInHeading: 'Partner Center sign-in',
  signedInAs: (account) => `Signed in as ${account}.`,
  signedInNoName: 'Signed in.',
  tokenValidUntil: (time) => `Access valid until ${time}; it renews on its own while the browser stays open.`,
  signingIn: 'Signing in: finish in the Microsoft window…',
  signedOut: 'Signed out.',
  sampleNeedsNoSignIn: 'The sample server needs no sign-in.',
  registerHeading: 'Register the app for your organisation (once)',
  registerIntro:
    'Activity Lens signs you in with an app registration in your own tenant, so no one else holds access to your Partner Center. An admin does this once:',
  registerSteps: [
    'Open the Microsoft Entra admin center → Identity → Applications → App registrations → New registration.',
    'Name it (for example "Activity Lens"), choose "Accounts in this organizational directory only", and under Redirect URI pick the platform "Single-page application" and paste the redirect URI below.',
    'Do not create a client secret: Activity Lens is a public client and signs in with PKCE.',
    'API permissions → Add a permission → APIs my organization uses → "Microsoft Partner Center" (or "Partner Center") → Delegated permissions → user_impersonation → Add.',
    'Select "Grant admin consent", then copy the Application (client) ID from Overview into the field above.',
  ],
  redirectUri: 'Redirect URI for this browser',
  copy: 'Copy',
  copied: 'Redirect URI copied.',
  copyFailed: 'Could not copy: select the address and copy it by hand.',
  appHeading: 'Activity Lens app',
  appIntro:
    'The app keeps your archive beyond Partner Center’s 90 days. Only the apps paired here may receive records from this extension; any other page gets nothing.',
  appAddress: 'App address',
  appAddressHint: 'Where your copy of the app is published (any HTTPS address, e.g. https://contoso.github.io/activity-lens/). npm start serves it at http://127.0.0.1:4173/.',
  saveAppAddress: 'Save address',
  appAddressSaved: 'App address saved.',
  openApp: 'Open and pair the app',
  openAppHint: 'Pairs this address with the extension and opens the app there.',
  pairedHeading: 'Paired apps',
  pairedNone: 'No app is paired yet: open the app from the side panel or with the button above.',
  pairedSince: (time) => `paired ${time}`,
  revoke: (origin) => `Revoke ${origin}`,
  revokeButton: 'Revoke',
  revoked: (origin) => `${origin} can no longer reach the extension.`,
  refusedHeading: 'Refused connections',
  refusedIntro: 'Pages that tried to reach the extension without being paired. They received nothing. Pair one only if it is your own copy of the app.',
  refusedNone: 'None.',
  refusedLine: (time, count) => (count === 1 ? `last tried ${time}` : `last tried ${time} (${count} times)`),
  pairOrigin: (origin) => `Pair ${origin}`,
  pairButton: 'Pair',
  pairedNow: (origin) => `${origin} is paired: reload the app there.`,
  clearRefused: 'Clear the list',
  syncHeading: 'Automatic sync',
  keepUpToDate: 'Keep my archive up to date',
  keepUpToDateHint: 'Fetches what is new a few times a day while the browser runs and whenever the app opens; the app takes it automatically.',
  syncNow: 'Fetch new records now',
  syncing: 'Fetching…',
  lastSyncOk: (time, fetched) => `Last fetch ${time}: ${fetched} records.`,
  lastSyncFailed: (time, why) => `Last fetch ${time} did not finish: ${why}`,
  neverSynced: 'Nothing fetched yet.',
  waiting: (records) => (records === 0 ? 'Nothing is waiting for the app.' : `${records} records are waiting for the app: they land in its archive when it opens.`),
  atRisk: (count, first, on) => `${count} day(s) from ${first} are not in the archive and Partner Center deletes them from ${on}.`,
  alertsHeading: 'Alerts',
  alertsIntro: 'A browser notification for each new record that matches a rule switched on here.',
  fetchAtRisk: 'Fetch these days now',
};

const IT: OptionsText = {
  pageTitle: 'Opzioni di Activity Lens',
  dataSource: 'Origine dati',
  dataSourceLegend: 'Leggi il log attività da',
  sampleServer: 'Server di esempio',
  sampleServerHint: 'Dati di esempio generati dal server di esempio locale (npm start). Non il tuo Partner Center.',
  partnerCenter: 'Partner Center',
  partnerCenterHint: "Il tuo log attività, letto con l'API di Partner Center dopo l'accesso con il tuo account partner.",
  sampleUrl: 'Indirizzo del server di esempio',
  cloud: 'Cloud',
  cloudGlobal: 'Globale (partner.microsoft.com)',
  cloudUsGov: 'US Government (Microsoft Cloud for US Government)',
  tenant: 'Tenant',
  tenantHint: 'ID o dominio del tenant (contoso.onmicrosoft.com), oppure "organizations" per accedere con qualsiasi account aziendale.',
  clientId: 'ID applicazione (client)',
  clientIdHint: "Dalla pagina Panoramica della registrazione dell'app nell'interfaccia di amministrazione di Microsoft Entra.",
  save: 'Salva',
  saved: 'Impostazioni salvate.',
  fixProblems: (count) => (count === 1 ? 'Impostazioni non salvate: correggi il campo indicato.' : `Impostazioni non salvate: correggi i ${count} campi indicati.`),
  signInHeading: 'Accesso a Partner Center',
  signedInAs: (account) => `Accesso eseguito come ${account}.`,
  signedInNoName: 'Accesso eseguito.',
  tokenValidUntil: (time) => `Accesso valido fino alle ${time}; si rinnova da solo finché il browser resta aperto.`,
  signingIn: 'Accesso in corso: completa nella finestra Microsoft…',
  signedOut: 'Disconnessione eseguita.',
  sampleNeedsNoSignIn: 'Il server di esempio non richiede l’accesso.',
  registerHeading: "Registra l'app per la tua organizzazione (una volta)",
  registerIntro:
    "Activity Lens ti fa accedere con una registrazione dell'app nel tuo tenant, così nessun altro ha accesso al tuo Partner Center. Un amministratore lo fa una volta:",
  registerSteps: [
    "Apri l'interfaccia di amministrazione di Microsoft Entra → Identità → Applicazioni → Registrazioni app → Nuova registrazione.",
    'Assegna un nome (ad esempio "Activity Lens"), scegli "Solo account in questa directory organizzativa" e in URI di reindirizzamento scegli la piattaforma "Applicazione a pagina singola" e incolla l\'URI qui sotto.',
    'Non creare un segreto client: Activity Lens è un client pubblico e accede con PKCE.',
    'Autorizzazioni API → Aggiungi un\'autorizzazione → API usate dall\'organizzazione → "Microsoft Partner Center" (o "Partner Center") → Autorizzazioni delegate → user_impersonation → Aggiungi.',
    'Seleziona "Concedi consenso amministratore", poi copia l\'ID applicazione (client) dalla Panoramica nel campo qui sopra.',
  ],
  redirectUri: 'URI di reindirizzamento per questo browser',
  copy: 'Copia',
  copied: 'URI di reindirizzamento copiato.',
  copyFailed: "Copia non riuscita: seleziona l'indirizzo e copialo a mano.",
  appHeading: 'App Activity Lens',
  appIntro:
    'L’app conserva il tuo archivio oltre i 90 giorni di Partner Center. Solo le app associate qui possono ricevere record da questa estensione; qualsiasi altra pagina non riceve nulla.',
  appAddress: 'Indirizzo dell’app',
  appAddressHint: 'Dove è pubblicata la tua copia dell’app (qualsiasi indirizzo HTTPS, ad es. https://contoso.github.io/activity-lens/). npm start la serve su http://127.0.0.1:4173/.',
  saveAppAddress: 'Salva indirizzo',
  appAddressSaved: 'Indirizzo dell’app salvato.',
  openApp: 'Apri e associa l’app',
  openAppHint: 'Associa questo indirizzo all’estensione e apre lì l’app.',
  pairedHeading: 'App associate',
  pairedNone: 'Nessuna app associata: apri l’app dal pannello laterale o con il pulsante qui sopra.',
  pairedSince: (time) => `associata ${time}`,
  revoke: (origin) => `Revoca ${origin}`,
  revokeButton: 'Revoca',
  revoked: (origin) => `${origin} non può più raggiungere l’estensione.`,
  refusedHeading: 'Connessioni rifiutate',
  refusedIntro: 'Pagine che hanno provato a raggiungere l’estensione senza essere associate. Non hanno ricevuto nulla. Associane una solo se è la tua copia dell’app.',
  refusedNone: 'Nessuna.',
  refusedLine: (time, count) => (count === 1 ? `ultimo tentativo ${time}` : `ultimo tentativo ${time} (${count} volte)`),
  pairOrigin: (origin) => `Associa ${origin}`,
  pairButton: 'Associa',
  pairedNow: (origin) => `${origin} è associata: ricarica l’app lì.`,
  clearRefused: 'Svuota l’elenco',
  syncHeading: 'Sincronizzazione automatica',
  keepUpToDate: 'Tieni aggiornato il mio archivio',
  keepUpToDateHint: 'Scarica le novità alcune volte al giorno mentre il browser è aperto e ogni volta che apri l’app; l’app le prende da sola.',
  syncNow: 'Scarica ora i nuovi record',
  syncing: 'Download in corso…',
  lastSyncOk: (time, fetched) => `Ultimo download ${time}: ${fetched} record.`,
  lastSyncFailed: (time, why) => `L’ultimo download (${time}) non è terminato: ${why}`,
  neverSynced: 'Ancora nessun download.',
  waiting: (records) => (records === 0 ? 'Nulla in attesa per l’app.' : `${records} record in attesa per l’app: entrano nel suo archivio quando la apri.`),
  atRisk: (count, first, on) => `${count} giorno/i dal ${first} non sono nell’archivio e Partner Center li elimina dal ${on}.`,
  alertsHeading: 'Avvisi',
  alertsIntro: 'Una notifica del browser per ogni nuovo record che corrisponde a una regola attivata qui.',
  fetchAtRisk: 'Scarica ora questi giorni',
};

export function optionsText(lang: Lang): OptionsText {
  return lang === 'it' ? IT : EN;
}
