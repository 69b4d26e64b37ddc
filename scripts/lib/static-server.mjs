// Serves the static export in out/ under the base path it was built with,
// the way an intranet web server would host it at a sub-path.
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

// gzip, as any production web server would; without it Lighthouse would time uncompressed JS.
const compress = compression();

/** The base path as next.config.ts normalises it ('' or '/a/b'). */
export function basePathFromEnv(env = process.env) {
  const raw = env.BASE_PATH;
  return !raw || raw === '/' ? '' : raw.replace(/\/+$/, '');
}

/**
 * Starts an HTTP server for `outDir` mounted at `basePath`.
 * Resolves with the server and its origin once it is listening.
 */
export function startStaticServer({ outDir = 'out', basePath = '', host = '127.0.0.1', port = 0 } = {}) {
  const publicDir = path.resolve(outDir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (basePath && url.pathname === '/') {
      res.writeHead(302, { Location: `${basePath}/` }).end();
      return;
    }
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`Not under the base path ${basePath}`);
      return;
    }
    const inner = url.pathname.slice(basePath.length) || '/';
    // Routes are folders with an index.html; add the slash as a static host would.
    if (!inner.endsWith('/') && !path.posix.basename(inner).includes('.')) {
      res.writeHead(308, { Location: `${basePath}${inner}/${url.search}` }).end();
      return;
    }
    req.url = `${inner.endsWith('/') ? `${inner}index.html` : inner}${url.search}`;
    compress(req, res, () => handler(req, res, { public: publicDir, directoryListing: false, cleanUrls: false, etag: true }));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({ server, origin: `http://${host}:${actualPort}`, url: `http://${host}:${actualPort}${basePath}/` });
    });
  });
}
