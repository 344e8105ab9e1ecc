// offline.js — registers the service worker (web/sw.js) that caches the
// static folder, so the page works offline after its first visit (what that
// visit used; the whole build after a second one) (relative
// URL: its scope is the folder the page is served from). When a new build
// has been cached, [updateReady] turns true; applyUpdate() switches to it
// and reloads (the Update button of ShareBar.jsx).
import { signal } from '@preact/signals';

export const updateReady = signal(false);
let registration = null;

function watch(reg) {
  const offer = () => {
    if (reg.waiting && navigator.serviceWorker.controller) updateReady.value = true;
  };
  offer();
  reg.addEventListener('updatefound', () => {
    reg.installing?.addEventListener('statechange', offer);
  });
}

// On a visit the service worker already controls (not the first), it is
// asked to fetch the rest of the build (sw.js: a first visit keeps only
// what it fetched).
export function registerOffline() {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  navigator.serviceWorker.register('./sw.js')
    .then((reg) => {
      registration = reg;
      watch(reg);
      navigator.serviceWorker.controller?.postMessage('refscope:complete');
    })
    .catch(() => {});
}

export function applyUpdate() {
  const waiting = registration?.waiting;
  if (!waiting) return;
  navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
  waiting.postMessage('refscope:update');
}
