// The app's address: where "Open in Activity Lens app" opens the app, for a copy not at the usual address.
// Validation lives in extension/settings/app-address.ts; this only renders it.
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../../core/locale';
import { appAddressProblem, loadAppUrl, saveAppUrl } from '../../settings/app-address';
import { optionsLabels } from './options-labels';

export function AppAddressForm(props: { lang: Lang }) {
  const t = optionsLabels(props.lang);
  const [value, setValue] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    loadAppUrl().then((url) => setValue((current) => current ?? url));
  }, []);

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    const found = appAddressProblem(value ?? '', props.lang);
    setProblem(found);
    if (found) {
      setStatus(t.fixProblems(1));
      document.getElementById('app-address')?.focus();
      return;
    }
    await saveAppUrl(value ?? '');
    setStatus(t.saved);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="app-address-heading">
      <h2 id="app-address-heading">{t.appAddressHeading}</h2>
      <div class="field">
        <label for="app-address">{t.appAddress}</label>
        <input id="app-address" type="url" value={value ?? ''} spellcheck={false} autocomplete="off"
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={[problem ? 'app-address-error' : '', 'app-address-hint'].filter(Boolean).join(' ')}
          onInput={(e) => {
            setValue((e.currentTarget as HTMLInputElement).value);
            setStatus('');
            if (problem) setProblem(appAddressProblem((e.currentTarget as HTMLInputElement).value, props.lang));
          }} />
        {problem && <p id="app-address-error" class="problem">{problem}</p>}
        <p id="app-address-hint" class="hint">{t.appAddressHint}</p>
      </div>
      <button type="submit">{t.saveAppAddress}</button>
      <p role="status" aria-live="polite" class="status">{status}</p>
    </form>
  );
}
