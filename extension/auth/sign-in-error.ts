// Sign-in failures as values: a machine-readable kind for code, a sentence for the partner (en/it).
import { langFromLocale, type Lang } from '../../core/words/locale';

export type SignInErrorKind =
  /** The settings cannot be used yet (client ID, tenant). */
  | 'not-configured'
  /** The user, or their admin's policy, refused (OAuth error=access_denied). */
  | 'refused'
  /** The user closed the sign-in window. */
  | 'cancelled'
  /** The app registration is not ready: unknown client, missing consent, wrong redirect URI. */
  | 'app-registration'
  /** Anything else: network, a sign-in server error, an unexpected answer. */
  | 'failed';

const SIGN_IN_MESSAGES: Record<Lang, Record<SignInErrorKind, string>> = {
  en: {
    'not-configured': 'Choose Partner Center and enter your tenant and client ID in the options before signing in.',
    refused:
      'Sign-in was refused, so Activity Lens cannot read your activity log. Sign in again and accept the permission request, or ask your admin to grant consent to your app registration.',
    cancelled: 'Sign-in was cancelled before it finished.',
    'app-registration':
      'Microsoft sign-in rejected the app registration. Check the client ID, the redirect URI and the Partner Center permission described in the options.',
    failed: 'Sign-in did not complete. Check your connection and try again.',
  },
  it: {
    'not-configured': "Prima di accedere scegli Partner Center e inserisci tenant e ID client nelle opzioni.",
    refused:
      "L'accesso è stato rifiutato, quindi Activity Lens non può leggere il log attività. Accedi di nuovo e accetta la richiesta di autorizzazione, oppure chiedi all'amministratore di concedere il consenso alla registrazione dell'app.",
    cancelled: "L'accesso è stato annullato prima di finire.",
    'app-registration':
      "L'accesso Microsoft ha rifiutato la registrazione dell'app. Controlla l'ID client, l'URI di reindirizzamento e l'autorizzazione Partner Center descritti nelle opzioni.",
    failed: 'Accesso non completato. Controlla la connessione e riprova.',
  },
};

const NOT_SIGNED_IN: Record<Lang, string> = {
  en: 'You are not signed in to Partner Center, or your sign-in has expired. Sign in from the options page.',
  it: "Non hai eseguito l'accesso a Partner Center, oppure l'accesso è scaduto. Accedi dalla pagina delle opzioni.",
};

export class SignInError extends Error {
  readonly userMessage: string;
  constructor(
    readonly kind: SignInErrorKind,
    /** What the sign-in server said, for support; not translated. */
    readonly detail?: string,
    lang: Lang = uiLang(),
  ) {
    // message is the user's sentence too, so code that shows error.message still shows words, not codes.
    super(SIGN_IN_MESSAGES[lang][kind]);
    this.name = 'SignInError';
    this.userMessage = this.message;
  }
}

/** getAccessToken could not produce a token without the user: the UI should offer Sign in. */
export class NotSignedInError extends Error {
  readonly kind = 'not-signed-in' as const;
  readonly userMessage: string;
  constructor(readonly detail?: string, lang: Lang = uiLang()) {
    super(NOT_SIGNED_IN[lang]);
    this.name = 'NotSignedInError';
    this.userMessage = this.message;
  }
}

function uiLang(): Lang {
  return langFromLocale(typeof navigator === 'undefined' ? undefined : navigator.language);
}
