// serve.mjs — a static server for dist/ on 127.0.0.1 (the page and the
// tests): correct MIME types (.wasm as application/wasm), the prebuilt .br
// or .gz sent when the browser accepts brotli or gzip, no caching. Usage:
// node web/build/serve.mjs [dir] [port] [encodings]; port 0 picks a free
// one; encodings: a comma-separated subset of br,gzip. With
// REFSCOPE_SERVE_LOG=1 it prints a line per response, "sent BYTES PATH":
// the bytes it wrote, status line and headers included (the page bench
// sums them: what went over the wire).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain',
};

// Starts serving [dir]; resolves with the server once it listens.
// [encodings]: the prebuilt compressions it may send (the bench measures
// gzip alone with ['gzip']). [onSent(bytes, path)]: after each response.
export function serve(dir, port = 8000, host = '127.0.0.1', encodings = ['br', 'gzip'],
                      onSent = null) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory())
      file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    const headers = { 'Content-Type': TYPES[path.extname(file)] ||
                        'application/octet-stream',
                      'Cache-Control': 'no-cache', 'Vary': 'Accept-Encoding' };
    const accepts = req.headers['accept-encoding'] || '';
    const enc = [['br', '.br'], ['gzip', '.gz']].find(([name, ext]) =>
      encodings.includes(name) && new RegExp(`\\b${name}\\b`).test(accepts) &&
      fs.existsSync(file + ext));
    if (enc) headers['Content-Encoding'] = enc[0];
    const body = fs.readFileSync(enc ? file + enc[1] : file);
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    // res._header: the status line and headers exactly as written.
    if (onSent) res.on('finish', () => onSent(Buffer.byteLength(res._header || '') +
                                              (req.method === 'HEAD' ? 0 : body.length), url.pathname));
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const dir = process.argv[2] || 'dist';
  const port = Number(process.argv[3] ?? 8000);
  const encodings = process.argv[4] ? process.argv[4].split(',') : undefined;
  const log = process.env.REFSCOPE_SERVE_LOG === '1'
    ? (bytes, where) => console.log(`sent ${bytes} ${where}`) : null;
  serve(dir, port, '127.0.0.1', encodings, log).then((s) => {
    console.log(`Refscope: http://127.0.0.1:${s.address().port}/ (Ctrl+C stops)`);
  });
}
