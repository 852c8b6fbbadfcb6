// A page on another loopback port that tries everything an unpaired site could with the extension's bridge:
// frames the bridge page, asks for parked records (even with a real token), a fetch and the sync inbox, and
// records every answer in window.__answers for the test to read.
import { createServer, type Server } from 'node:http';
import { listenOnLoopback } from './loopback-server';

export interface HostilePage {
  url: string;
  origin: string;
  close(): Promise<void>;
}

const PAGE = `<!doctype html><title>Some local tool</title><h1>Some local tool</h1><script>
window.__answers = [];
window.__done = false;
window.__tryBridge = (extensionOrigin, token) => new Promise((resolve) => {
  const frame = document.createElement('iframe');
  frame.hidden = true;
  frame.src = extensionOrigin + '/app-bridge.html';
  frame.onload = () => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (e) => window.__answers.push(e.data);
    frame.contentWindow.postMessage({ type: 'activity-lens/connect' }, '*', [channel.port2]);
    channel.port1.postMessage({ type: 'handoff/pull', token });
    channel.port1.postMessage({ type: 'fetch/start', from: '2000-01-01', to: '2100-01-01' });
    channel.port1.postMessage({ type: 'sync/open', archive: { newest: {}, coverage: [] } });
    setTimeout(() => { window.__done = true; resolve(window.__answers); }, 3000);
  };
  document.body.append(frame);
});
</script>`;

export async function serveHostilePage(): Promise<HostilePage> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(PAGE);
  });
  const { origin, close } = await listenOnLoopback(server);
  return { url: `${origin}/`, origin, close };
}
