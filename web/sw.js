// sw.js — the service worker that keeps the static folder usable offline
// (web/share/README.md). The build prepends `const BUILD = {version, files}`
// (share-bundle.mjs): the files of dist/, cached under the build's hash.
// A first visit transfers nothing more for it (the page's size budget,
// web/README.md): the install keeps only what the visit already fetched, from
// the browser's HTTP cache, and anything fetched later is kept as it comes;
// on a later visit the page asks (offline.js: 'refscope:complete') for the
// rest of the build. A new build (an older cache exists) is cached whole
// and waits until the page asks (offline.js: Update), so a page never mixes
// two builds; older caches go on activation.
/* global BUILD */
const CACHE = `refscope-${BUILD.version}`;

// [file] from the HTTP cache only; null if it is not there.
async function fromHttpCache(file) {
  try {
    const r = await fetch(new Request(file, { cache: 'only-if-cached', mode: 'same-origin' }));
    return r.ok ? r : null;
  } catch {
    return null;
  }
}

// (The page itself was fetched as the folder's address, './'.)
async function cacheWhatTheVisitFetched(cache) {
  await Promise.all(BUILD.files.map(async (f) => {
    const r = (f === 'index.html' && await fromHttpCache('./')) || await fromHttpCache(f);
    if (r) await cache.put(f, r);
  }));
}

// The build's files the cache does not hold yet, from the network.
async function completeCache() {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const f of BUILD.files) if (!(await cache.match(f, { ignoreVary: true }))) missing.push(f);
  await cache.addAll(missing);
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const older = (await caches.keys()).some((k) => k.startsWith('refscope-') && k !== CACHE);
    if (older) await cache.addAll(BUILD.files.map((f) => new Request(f, { cache: 'reload' })));
    else await cacheWhatTheVisitFetched(cache);
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'refscope:update') self.skipWaiting();
  if (event.data === 'refscope:complete') event.waitUntil(completeCache().catch(() => {}));
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
// which brings a new sw.js), kept as they are fetched; anything else goes to
// the network. (ignoreVary: the server varies on Accept-Encoding, and the
// entries were stored from requests of other headers.)
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const rel = cachedPath(event.request);
  if (!rel) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(rel, { ignoreVary: true });
    if (hit) return hit;
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(rel, response.clone()));
    return response;
  })());
});
