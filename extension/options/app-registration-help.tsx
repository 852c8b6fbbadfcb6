// How an admin registers the partner's own Entra app, with this browser's redirect URI ready to copy.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { optionsText } from './options-text';

export function AppRegistrationHelp(props: { lang: Lang; redirectUri: string }) {
  const t = optionsText(props.lang);
  const [copyStatus, setCopyStatus] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.redirectUri);
      setCopyStatus(t.copied);
    } catch {
      setCopyStatus(t.copyFailed);
    }
  };

  return (
    <section aria-labelledby="register-heading">
      <h2 id="register-heading">{t.registerHeading}</h2>
      <p>{t.registerIntro}</p>
      <ol>
        {t.registerSteps.map((step) => <li key={step}>{step}</li>)}
      </ol>
      <div class="field">
        <label for="redirect-uri">{t.redirectUri}</label>
        <div class="copy-row">
          <input id="redirect-uri" type="text" readOnly value={props.redirectUri} spellcheck={false}
            onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          <button type="button" onClick={copy} aria-describedby="redirect-uri">{t.copy}</button>
        </div>
        <p role="status" aria-live="polite" class="status">{copyStatus}</p>
      </div>
    </section>
  );
}
