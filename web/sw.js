// sw.js — the service worker that keeps the static folder usable offline
// (web/share/README.md). The build prepends `const BUILD = {version, files}`
// (share-bundle.mjs): every file of dist/, cached on install under the
// build's hash. A new build waits until the page asks (offline.js: Update),
// so a page never mixes two builds; older caches go on activation.
/* global BUILD */
const CACHE = `refscope-${BUILD.version}`;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' })));
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'refscope:update') self.skipWaiting();
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys())
      if (key.startsWith('refscope-') && key !== CACHE) await caches.delete(key);
    await self.clients.claim();
  })());
});

// A page's address (any query or fragment) is its HTML file: './' -> index.
function cachedPath(request) {
  const url = new URL(request.url);
  const scope = new URL(self.registration.scope);
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const rel = url.pathname.slice(scope.pathname.length) || 'index.html';
  return BUILD.files.includes(rel) ? rel : null;
}

// Cache first for the build's own files (they change only with a new build,
// which brings a new sw.js); anything else goes to the network.
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const rel = cachedPath(event.request);
  if (!rel) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(rel);
    return hit || fetch(event.request);
  })());
});
