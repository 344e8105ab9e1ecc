// link.js — the page and its share link (web/share/README.md): opening a
// link (its code shown, the learner's saved text kept aside as the draft),
// then the address bar following the view with history.replaceState once the
// page is "linked" (opened from a link, or shared). A broken link falls back
// to an example and touches no storage.
import { signal, effect, batch } from '@preact/signals';
import { source, exampleId, notice, run, cursor, sharedAtoms } from '../state.js';
import { EXAMPLES } from '../examples/index.js';
import { load, save } from '../storage.js';
import { hasDraft } from '../drafts.js';
import { runSource, runtimeReady } from '../player.js';
import { decodeFragment } from './codec.js';
import { currentFragment, applyLinkStep } from './view.js';
import { registerOffline } from './offline.js';

export const linked = signal(false);
let pending = null;        // the opened link, its step applied after the first run

// The share link: this page's address with the fragment of the view.
export function shareUrl(page = location.href) {
  const u = new URL(page);
  u.hash = currentFragment();
  return u.href;
}

function isOwnCode(text) {
  return text !== null && text.trim() !== '' && !EXAMPLES.some((e) => e.code === text);
}

// The learner's saved text goes to the draft slot (restorable from the
// Example menu) when the slot is free; a link's code itself is saved only
// once the learner edits it (drafts.js typed()).
function keepSavedAside(code) {
  const saved = load('refscope.source');
  if (!isOwnCode(saved) || saved === code) return '';
  const draft = load('refscope.draft');
  if (draft !== null && draft !== saved)
    return ' Your own code is still saved: open the page without the link to get it back.';
  save('refscope.draft', saved);
  hasDraft.value = true;
  return ' Your own code is kept: “Back to your saved code” in the Example menu.';
}

// The example a broken link falls back to, and why (nothing is saved).
export function fallBack(error) {
  const ex = EXAMPLES[0];
  batch(() => {
    source.value = ex.code;
    exampleId.value = ex.id;
    notice.value = `This link could not be opened: ${error}. Showing an example ` +
      'instead; your saved code was not changed.';
  });
}

// Fills the source from location.hash, over the saved text initialSource()
// put there. Returns false when there is no fragment, true otherwise.
export function openLink(hash = location.hash) {
  const link = decodeFragment(hash);
  if (!link) return false;
  if (link.error) {
    fallBack(link.error);
    history.replaceState(history.state, '', location.pathname + location.search);
    return true;
  }
  const kept = keepSavedAside(link.code);
  batch(() => {
    source.value = link.code;
    exampleId.value = EXAMPLES.find((e) => e.code === link.code)?.id || null;
    if (link.atoms !== null) sharedAtoms.value = link.atoms;  // for this view only
    notice.value = `Code from a shared link.${kept}`;
  });
  pending = link;
  linked.value = true;
  return true;
}

// main.jsx, after initialSource(): the link in location.hash (if any), then
// once the first run is loaded, its step, the address bar following the
// view, and the service worker.
export function startSharing() {
  openLink();
  const stop = effect(() => {
    if (!run.value) return;
    queueMicrotask(() => { stop(); afterFirstRun(); });
  });
}

function afterFirstRun() {
  const note = applyLinkStep(pending);
  if (note) notice.value += note;
  pending = null;
  followView();
  addEventListener('hashchange', reopen);
  // After the worker has its module: the service worker's first install
  // takes the files from the HTTP cache, the wasm whole (sw.js).
  runtimeReady().then(registerOffline, () => {});
}

// A link pasted into the address bar of the open page: no reload happens.
async function reopen() {
  if (!openLink(location.hash)) return;
  await runSource();
  const note = applyLinkStep(pending);
  if (note) notice.value += note;
  pending = null;
}

let followTimer = null;

// replaceState (never pushState) a moment after the view settles.
function followView() {
  effect(() => {
    if (!linked.value) return;
    void [source.value, run.value, cursor.value, sharedAtoms.value];
    clearTimeout(followTimer);
    followTimer = setTimeout(() => {
      history.replaceState(history.state, '', '#' + currentFragment());
    }, 250);
  });
}
