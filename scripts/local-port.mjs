// Port checks for `npm start`: fail before a minute of building when a port is taken (usually by an
// `npm start` still running in another terminal), and announce the servers only once they answer.
import { createConnection, createServer } from 'node:net';

/** True when nothing can bind `port` on 127.0.0.1 right now. */
export function portInUse(port, host = '127.0.0.1') {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(true));
    server.once('listening', () => server.close(() => resolve(false)));
    server.listen(port, host);
  });
}

/** Resolves true once something accepts connections on `port`, false after `timeoutMs`. */
export async function waitForPort(port, timeoutMs = 60_000, host = '127.0.0.1') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise((resolve) => {
      const socket = createConnection({ port, host });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
