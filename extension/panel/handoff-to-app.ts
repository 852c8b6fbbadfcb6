// "Open in Activity Lens app": parks the view's records in the background under a one-time token (in batches
// over a port, so a big view never becomes one huge message), pairs the app's origin (the user's click is the
// consent: it is the address they set in Options) and opens the app, which pulls them.
import type { Browser } from 'wxt/browser';
import type { ActivityRecord } from '../../core/record/activity-record';
import { APP_BRIDGE_BATCH } from '../../bridge-contract/app-bridge-protocol';
import { HANDOFF_PARK_PORT, type HandoffParkMessage, type HandoffParkReply } from '../messaging/extension-messages';
import { appOpenUrl, extensionOrigin } from '../app-pairing/app-link';
import { appOrigin, loadAppAddress } from '../app-pairing/app-address';
import { pairApp } from '../app-pairing/paired-apps';

type Runtime = Pick<typeof Browser.runtime, 'connect' | 'id'> & { getURL(path: string): string };

export async function parkForApp(runtime: Runtime, records: readonly ActivityRecord[], label: string): Promise<string> {
  const port = runtime.connect({ name: HANDOFF_PARK_PORT });
  const reply = new Promise<HandoffParkReply>((resolve) => {
    port.onMessage.addListener((m: HandoffParkReply) => resolve(m));
    port.onDisconnect.addListener(() => resolve({ type: 'error', message: 'The extension stopped before the records were handed over.' }));
  });
  const send = (m: HandoffParkMessage): void => port.postMessage(m);
  send({ type: 'begin', label, total: records.length });
  for (let i = 0; i < records.length; i += APP_BRIDGE_BATCH) send({ type: 'records', records: records.slice(i, i + APP_BRIDGE_BATCH) });
  send({ type: 'end' });
  const answer = await reply;
  port.disconnect();
  if (answer.type === 'error') throw new Error(answer.message);
  return answer.token;
}

/** Pairs the app at the address set in Options and opens it there (with a hand-off token when there is one). */
export async function openAppPaired(
  runtime: Runtime,
  tabs: Pick<typeof Browser.tabs, 'create'>,
  token?: string,
  params?: Record<string, string>,
): Promise<void> {
  const appUrl = await loadAppAddress();
  await pairApp(appOrigin(appUrl));
  await tabs.create({ url: appOpenUrl(appUrl, extensionOrigin(runtime), token, params) });
}

export async function openInApp(
  runtime: Runtime,
  tabs: Pick<typeof Browser.tabs, 'create'>,
  records: readonly ActivityRecord[],
  label: string,
  params?: Record<string, string>,
): Promise<void> {
  const token = await parkForApp(runtime, records, label);
  await openAppPaired(runtime, tabs, token, params);
}
