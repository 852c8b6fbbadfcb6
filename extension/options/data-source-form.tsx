// The data source form: sample server or Partner Center (cloud, tenant, client ID), each problem shown beside
// its field. Validation itself lives in extension/data-source/data-source-settings.ts; this only renders it.
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/words/locale';
import {
  DEFAULT_SAMPLE_URL,
  DEFAULT_TENANT,
  saveDataSourceSettings,
  type DataSourceSettings,
  type PartnerCenterCloud,
} from '../data-source/data-source-settings';
import { dataSourceProblems, type DataSourceField } from '../data-source/data-source-problems';
import { optionsText } from './options-text';

interface Draft {
  kind: DataSourceSettings['kind'];
  sampleUrl: string;
  cloud: PartnerCenterCloud;
  tenant: string;
  clientId: string;
  /** Test-only authority (see DataSourceSettings): kept as stored, never edited here. */
  authorityOverride?: string;
}

function draftFrom(s: DataSourceSettings): Draft {
  return s.kind === 'sample'
    ? { kind: 'sample', sampleUrl: s.sampleUrl, cloud: 'global', tenant: DEFAULT_TENANT, clientId: '' }
    : { kind: 'partner-center', sampleUrl: DEFAULT_SAMPLE_URL, cloud: s.cloud, tenant: s.tenant, clientId: s.clientId, authorityOverride: s.authorityOverride };
}

function settingsFrom(d: Draft): DataSourceSettings {
  if (d.kind === 'sample') return { kind: 'sample', sampleUrl: d.sampleUrl };
  const s: DataSourceSettings = { kind: 'partner-center', cloud: d.cloud, tenant: d.tenant, clientId: d.clientId };
  if (d.authorityOverride) s.authorityOverride = d.authorityOverride;
  return s;
}

const FIELD_IDS: Record<DataSourceField, string> = { sampleUrl: 'sample-url', tenant: 'tenant', clientId: 'client-id' };

export function DataSourceForm(props: { lang: Lang; initial: DataSourceSettings; onSaved: (s: DataSourceSettings) => void }) {
  const t = optionsText(props.lang);
  const [draft, setDraft] = useState<Draft>(() => draftFrom(props.initial));
  // Problems show once the user tried to save, then follow every keystroke.
  const [attempted, setAttempted] = useState(false);
  const [status, setStatus] = useState('');
  const problems = attempted ? dataSourceProblems(settingsFrom(draft), props.lang) : [];
  const problemFor = (field: DataSourceField) => problems.find((p) => p.field === field)?.message;

  const update = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setStatus('');
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    setAttempted(true);
    const settings = settingsFrom(draft);
    const found = dataSourceProblems(settings, props.lang);
    if (found.length > 0) {
      setStatus(t.fixProblems(found.length));
      document.getElementById(FIELD_IDS[found[0].field])?.focus();
      return;
    }
    await saveDataSourceSettings(settings);
    setStatus(t.saved);
    props.onSaved(settings);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="data-source-heading">
      <h2 id="data-source-heading">{t.dataSource}</h2>
      <fieldset>
        <legend>{t.dataSourceLegend}</legend>
        <div class="choice">
          <input type="radio" id="kind-sample" name="kind" value="sample" checked={draft.kind === 'sample'}
            aria-describedby="kind-sample-hint" onChange={() => update({ kind: 'sample' })} />
          <label for="kind-sample">{t.sampleServer}</label>
          <p id="kind-sample-hint" class="hint">{t.sampleServerHint}</p>
        </div>
        <div class="choice">
          <input type="radio" id="kind-partner-center" name="kind" value="partner-center" checked={draft.kind === 'partner-center'}
            aria-describedby="kind-partner-center-hint" onChange={() => update({ kind: 'partner-center' })} />
          <label for="kind-partner-center">{t.partnerCenter}</label>
          <p id="kind-partner-center-hint" class="hint">{t.partnerCenterHint}</p>
        </div>
      </fieldset>

      {draft.kind === 'sample' ? (
        <TextField id={FIELD_IDS.sampleUrl} label={t.sampleUrl} value={draft.sampleUrl} type="url"
          problem={problemFor('sampleUrl')} onInput={(sampleUrl) => update({ sampleUrl })} />
      ) : (
        <>
          <fieldset>
            <legend>{t.cloud}</legend>
            {(['global', 'usgov'] as const).map((cloud) => (
              <div class="choice" key={cloud}>
                <input type="radio" id={`cloud-${cloud}`} name="cloud" value={cloud} checked={draft.cloud === cloud}
                  onChange={() => update({ cloud })} />
                <label for={`cloud-${cloud}`}>{cloud === 'global' ? t.cloudGlobal : t.cloudUsGov}</label>
              </div>
            ))}
          </fieldset>
          <TextField id={FIELD_IDS.tenant} label={t.tenant} hint={t.tenantHint} value={draft.tenant}
            problem={problemFor('tenant')} onInput={(tenant) => update({ tenant })} />
          <TextField id={FIELD_IDS.clientId} label={t.clientId} hint={t.clientIdHint} value={draft.clientId}
            placeholder="00000000-0000-0000-0000-000000000000" problem={problemFor('clientId')}
            onInput={(clientId) => update({ clientId })} />
        </>
      )}

      <button type="submit">{t.save}</button>
      <p role="status" aria-live="polite" class="status">{status}</p>
    </form>
  );
}

function TextField(props: {
  id: string;
  label: string;
  value: string;
  hint?: string;
  problem?: string;
  type?: string;
  placeholder?: string;
  onInput: (value: string) => void;
}) {
  const hintId = `${props.id}-hint`;
  const errorId = `${props.id}-error`;
  const describedBy = [props.problem ? errorId : '', props.hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input id={props.id} type={props.type ?? 'text'} value={props.value} placeholder={props.placeholder}
        spellcheck={false} autocomplete="off" aria-invalid={props.problem ? 'true' : undefined} aria-describedby={describedBy}
        onInput={(e) => props.onInput((e.currentTarget as HTMLInputElement).value)} />
      {props.problem && <p id={errorId} class="problem">{props.problem}</p>}
      {props.hint && <p id={hintId} class="hint">{props.hint}</p>}
    </div>
  );
}
