import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { listenOnLoopback } from './loopback-server';

describe('a test server on the loopback', () => {
  it('answers on a port of its own, and two servers never share one', async () => {
    const answer = (body: string) => createServer((_, res) => res.end(body));
    const a = await listenOnLoopback(answer('a'));
    const b = await listenOnLoopback(answer('b'));
    try {
      expect(a.port).not.toBe(b.port);
      expect(a.origin).toBe(`http://127.0.0.1:${a.port}`);
      expect(await (await fetch(a.origin)).text()).toBe('a');
      expect(await (await fetch(b.origin)).text()).toBe('b');
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('closes even while a client keeps its connection open', async () => {
    const server = await listenOnLoopback(createServer((_, res) => res.end('x')));
    await (await fetch(server.origin, { headers: { connection: 'keep-alive' } })).text();
    await server.close();
    await expect(fetch(server.origin)).rejects.toThrow();
  });
});
