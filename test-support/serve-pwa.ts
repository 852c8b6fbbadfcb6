// Serves the built app (dist/pwa) on 127.0.0.1 with a random port, as `vite preview` would: right MIME
// types (a service worker must be JavaScript), index.html for unknown paths, nothing cached by HTTP.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listenOnLoopback } from './loopback-server';

export const PWA_DIR = resolve('dist/pwa');

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface ServedPwa {
  url: string;
  close(): Promise<void>;
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/**
 * `base`: serve the app under this path (e.g. '/activity-lens/', as GitHub Pages serves a project site).
 * `compress`: gzip text to browsers that accept it, as a static host (GitHub Pages) does: what Lighthouse's
 * simulated slow network must be given to time the app as users get it.
 */
export async function servePwa(dir = PWA_DIR, options: { base?: string; compress?: boolean } = {}): Promise<ServedPwa> {
  const base = options.base ?? '/';
  const server: Server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(base)) {
      res.writeHead(404).end('not found');
      return;
    }
    const path = '/' + full.slice(base.length);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    const isFile = await stat(file).then((s) => s.isFile(), () => false);
    if (!isFile) file = join(dir, 'index.html');
    try {
      const body = await readFile(file);
      const headers: Record<string, string> = { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      if (options.compress && COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  const { origin, close } = await listenOnLoopback(server);
  return { url: `${origin}${base}`, close };
}
