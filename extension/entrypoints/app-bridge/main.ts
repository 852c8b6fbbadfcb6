// The extension's end of the bridge inside the app's page: a hidden frame the app embeds. It relays one
// MessagePort per conversation to the background, stamped with the origin the browser reports for the page that
// posted it. It decides nothing: the background serves paired origins only (extension/background/app-bridge-server.ts).
import { browser } from 'wxt/browser';
import { relayAppConnection, type RuntimePort } from '../../background/app-bridge-frame';

window.addEventListener('message', (event) =>
  relayAppConnection(event, { window, connect: (name) => browser.runtime.connect({ name }) as unknown as RuntimePort }),
);
