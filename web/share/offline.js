// offline.js — registers the service worker (web/sw.js) that caches the
// static folder, so the page works offline after its first visit. Relative
// URL: the worker's scope is the folder the page is served from.
export function registerOffline() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js').catch(() => {});
}
