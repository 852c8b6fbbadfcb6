// Sign in / Sign out for Partner Center, with who is signed in and until when; failures in the partner's words.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { logText } from '../../core/words/log-text';
import {
  EXPIRY_MARGIN_MS,
  getAccessToken,
  getSignInState,
  NotSignedInError,
  signIn,
  signOut,
  SignInError,
  type SignInState,
} from '../auth';
import type { DataSourceSettings } from '../data-source/data-source-settings';
import { optionsText } from './options-text';
import { momentText } from '../../ui/date-time-text/date-time-text';

export function SignInPanel(props: { lang: Lang; settings: DataSourceSettings }) {
  const t = optionsText(props.lang);
  const shared = logText(props.lang);
  const [state, setState] = useState<SignInState | undefined>();
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');

  useEffect(() => {
    let live = true;
    currentState().then(({ state, problem }) => {
      if (!live) return;
      setState(state);
      setProblem(problem);
    });
    return () => {
      live = false;
    };
  }, [props.settings]);

  if (props.settings.kind === 'sample') {
    return (
      <section aria-labelledby="sign-in-heading">
        <h2 id="sign-in-heading">{t.signInHeading}</h2>
        <p>{t.sampleNeedsNoSignIn}</p>
      </section>
    );
  }

  const onSignIn = async () => {
    setBusy(true);
    setProblem('');
    setNote(t.signingIn);
    try {
      setState(await signIn());
      setNote('');
    } catch (error) {
      setNote('');
      setProblem(error instanceof SignInError ? error.userMessage : String(error));
    } finally {
      setBusy(false);
    }
  };

  const onSignOut = async () => {
    await signOut();
    setState(await getSignInState());
    setProblem('');
    setNote(t.signedOut);
  };

  const time = (ms: number) => momentText(ms, props.lang);

  return (
    <section aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t.signInHeading}</h2>
      <p id="sign-in-state" data-testid="sign-in-state">
        {state === undefined ? shared.loading : state.signedIn ? (state.account ? t.signedInAs(state.account) : t.signedInNoName) : shared.notSignedIn}
        {state?.signedIn && state.expiresAt !== undefined && <> {t.tokenValidUntil(time(state.expiresAt))}</>}
      </p>
      <div class="buttons">
        <button type="button" onClick={onSignIn} disabled={busy} aria-describedby="sign-in-state">{shared.signIn}</button>
        {state?.signedIn && (
          <button type="button" onClick={onSignOut} disabled={busy}>{shared.signOut}</button>
        )}
      </div>
      <p role="status" aria-live="polite" class="status">{note}</p>
      <p role="alert" class="problem">{problem}</p>
    </section>
  );
}

/**
 * The state to show, made true first: an expired access token is renewed the way the side panel would renew it
 * (so the expiry shown is real), and a session that cannot be renewed says why.
 */
async function currentState(): Promise<{ state: SignInState; problem: string }> {
  const state = await getSignInState();
  if (state.expiresAt === undefined || state.expiresAt - EXPIRY_MARGIN_MS > Date.now()) return { state, problem: '' };
  try {
    await getAccessToken({ forceRefresh: false });
    return { state: await getSignInState(), problem: '' };
  } catch (error) {
    const problem = error instanceof NotSignedInError || error instanceof SignInError ? error.userMessage : String(error);
    return { state: await getSignInState(), problem };
  }
}
