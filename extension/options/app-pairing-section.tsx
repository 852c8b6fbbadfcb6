// Options: where the user's app lives, which app origins are paired with the extension (revocable), and which
// pages were refused (with a Pair button, the approval that shows the exact origin). Rendering only: the rules
// live in extension/app-pairing/app-address.ts and paired-apps.ts.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import { loadAppAddress, parseAppAddress, saveAppAddress } from '../app-pairing/app-address';
import {
  clearRefusedConnections,
  loadPairedApps,
  loadRefusedConnections,
  pairApp,
  revokeApp,
  watchPairing,
  type PairedApp,
  type RefusedConnection,
} from '../app-pairing/paired-apps';
import { optionsText } from './options-text';
import { momentText } from '../../ui/date-time-text/date-time-text';

export function AppPairingSection(props: { lang: Lang; openApp: (appUrl: string) => Promise<void> }) {
  const t = optionsText(props.lang);
  const [address, setAddress] = useState<string | undefined>();
  const [problem, setProblem] = useState('');
  const [status, setStatus] = useState('');
  const [paired, setPaired] = useState<PairedApp[]>([]);
  const [refused, setRefused] = useState<RefusedConnection[]>([]);
  // Buttons read what the field holds now: a click right after typing must not act on the previous render's value.
  const field = useRef<HTMLInputElement>(null);
  const typed = (): string => field.current?.value ?? address ?? '';

  useEffect(() => {
    // What the user typed before the stored address arrived wins.
    void loadAppAddress().then((stored) => setAddress((current) => current ?? stored));
    void loadPairedApps().then(setPaired);
    void loadRefusedConnections().then(setRefused);
    return watchPairing((change) => {
      if (change.paired) setPaired(change.paired);
      if (change.refused) setRefused(change.refused);
    });
  }, []);

  const time = (ms: number) => momentText(ms, props.lang);

  const save = async (event: Event) => {
    event.preventDefault();
    const found = await saveAppAddress(typed(), props.lang);
    if (found) {
      setProblem(found.message);
      setStatus('');
      document.getElementById('app-address')?.focus();
      return;
    }
    setProblem('');
    setAddress(await loadAppAddress());
    setStatus(t.appAddressSaved);
  };

  const open = async () => {
    const parsed = parseAppAddress(typed(), props.lang);
    if ('problem' in parsed) {
      setProblem(parsed.problem.message);
      return;
    }
    await saveAppAddress(parsed.url, props.lang);
    setProblem('');
    await props.openApp(parsed.url);
  };

  return (
    <section aria-labelledby="app-heading">
      <h2 id="app-heading">{t.appHeading}</h2>
      <p>{t.appIntro}</p>
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for="app-address">{t.appAddress}</label>
          <input ref={field} id="app-address" type="url" value={address ?? ''} spellcheck={false} autocomplete="off"
            aria-invalid={problem ? 'true' : undefined} aria-describedby={problem ? 'app-address-error app-address-hint' : 'app-address-hint'}
            onInput={(e) => {
              setAddress((e.currentTarget as HTMLInputElement).value);
              setStatus('');
            }} />
          {problem && <p id="app-address-error" class="problem">{problem}</p>}
          <p id="app-address-hint" class="hint">{t.appAddressHint}</p>
        </div>
        <div class="buttons">
          <button type="submit">{t.saveAppAddress}</button>
          <button type="button" onClick={() => void open()} title={t.openAppHint}>{t.openApp}</button>
        </div>
        <p role="status" aria-live="polite" class="status">{status}</p>
      </form>

      <h3 id="paired-heading">{t.pairedHeading}</h3>
      {paired.length === 0 ? (
        <p>{t.pairedNone}</p>
      ) : (
        <ul aria-labelledby="paired-heading" class="origin-list">
          {paired.map((app) => (
            <li key={app.origin}>
              <code>{app.origin}</code> <span class="hint">{t.pairedSince(time(app.pairedAt))}</span>{' '}
              <button type="button" aria-label={t.revoke(app.origin)} onClick={async () => {
                await revokeApp(app.origin);
                setStatus(t.revoked(app.origin));
              }}>{t.revokeButton}</button>
            </li>
          ))}
        </ul>
      )}

      <h3 id="refused-heading">{t.refusedHeading}</h3>
      <p class="hint">{t.refusedIntro}</p>
      {refused.length === 0 ? (
        <p>{t.refusedNone}</p>
      ) : (
        <>
          <ul aria-labelledby="refused-heading" class="origin-list">
            {refused.map((r) => (
              <li key={r.origin}>
                <code>{r.origin}</code> <span class="hint">{t.refusedLine(time(r.at), r.count)}</span>{' '}
                <button type="button" aria-label={t.pairOrigin(r.origin)} onClick={async () => {
                  await pairApp(r.origin);
                  setStatus(t.pairedNow(r.origin));
                }}>{t.pairButton}</button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={() => void clearRefusedConnections()}>{t.clearRefused}</button>
        </>
      )}
    </section>
  );
}
