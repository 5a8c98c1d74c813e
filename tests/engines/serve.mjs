// Serves the built app for the engine suite, as a static host would: the files of DIST, index.html
// for unknown paths, and the response headers of DIST/_headers (the CSP as a header too). It adds one
// same-origin script, the probe, before the app's own, so engines without a console API for the
// test (WebKitWebDriver) still report errors, CSP violations and requests to other hosts.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

const probePath = fileURLToPath(new URL('./probe.js', import.meta.url));

/** The headers every path gets from a Netlify-style _headers file (only its "/*" block). */
function siteHeaders(dist) {
  const file = join(dist, '_headers');
  if (!existsSync(file)) return {};
  const headers = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim().startsWith('#') || !line.trim()) continue;
    if (!line.startsWith(' ')) {
      inAll = line.trim() === '/*';
      continue;
    }
    if (!inAll) continue;
    const at = line.indexOf(':');
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

/** Starts the server; `findings` collects what the probe in every page reports. */
export function serve({ dist, port }) {
  const headers = siteHeaders(dist);
  const findings = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'POST' && url.pathname === '/__probe') {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        try {
          findings.push(JSON.parse(body));
        } catch {
          findings.push({ kind: 'error', text: `unreadable probe report: ${body}` });
        }
        response.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/__probe.js') {
      response.writeHead(200, {
        ...headers,
        'Content-Type': types['.js'],
        'Cache-Control': 'no-store',
      });
      response.end(readFileSync(probePath));
      return;
    }
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (!existsSync(file) || statSync(file).isDirectory()) {
      path = '/index.html';
      file = join(dist, path);
    }
    let body = readFileSync(file);
    if (path.endsWith('index.html')) {
      body = body
        .toString('utf8')
        .replace('<head>', '<head>\n    <script src="/__probe.js"></script>');
    }
    response.writeHead(200, {
      ...headers,
      'Content-Type': types[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': path.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : 'no-cache',
    });
    response.end(body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve({
        origin: `http://127.0.0.1:${port}`,
        findings,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
