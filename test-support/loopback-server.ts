// Every server a test or bench starts listens here: 127.0.0.1 on a port the system picks (port 0), so no test
// depends on a fixed port or on what else this machine runs.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackServer {
  port: number;
  /** http://127.0.0.1:<port>, no trailing slash. */
  origin: string;
  /** Closes the server, dropping kept-alive connections so close() does not wait on a browser's idle sockets. */
  close(): Promise<void>;
}

export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((ready, failed) => {
    server.once('error', failed);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', failed);
      ready();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
