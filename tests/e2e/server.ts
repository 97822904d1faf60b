/** Serves the built site (dist/) on 127.0.0.1 under a sub-path, as a static host would. */
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export const SUB_PATH = '/some/path/';

export interface Served {
  url: string;
  close(): Promise<void>;
  /** Serves another folder from now on, at the same address (a new build deployed). */
  serve(dir: string): void;
}

export async function serveDist(dir = 'dist'): Promise<Served> {
  const folder = (d: string) => sirv(d, { dev: false, etag: true, gzip: false });
  let files = folder(dir);
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(SUB_PATH)) {
      res.statusCode = 404;
      res.end('not found');
      return;
    }
    req.url = '/' + url.slice(SUB_PATH.length);
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    serve: (d) => void (files = folder(d)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
