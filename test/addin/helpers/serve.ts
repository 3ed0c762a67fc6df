/**
 * A tiny static HTTP server for a built dist/ folder, on a free port of 127.0.0.1; other folders
 * can be served beside it under a prefix (`{ '/office-js/': dir }`).
 */
import * as fs from 'fs';
import * as http from 'http';
import type { AddressInfo } from 'net';
import * as path from 'path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** The file a URL path names under `root`, or null (outside it, missing, a folder). */
function fileUnder(root: string, name: string): string | null {
  const file = path.join(root, path.normalize(name).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
    return null;
  }
  return file;
}

export async function serve(root: string, mounts: Record<string, string> = {}): Promise<Served> {
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const mount = Object.keys(mounts).find((prefix) => name.startsWith(prefix));
    const file = mount
      ? fileUnder(mounts[mount]!, name.slice(mount.length))
      : fileUnder(root, name);
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
