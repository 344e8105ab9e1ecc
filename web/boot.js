// boot.js — runs before the page's first paint (index.html and embed.html
// load it as a classic script: the Content-Security-Policy forbids inline
// script). The saved colour theme; the worker that runs the wasm core,
// started while app.js still loads. web/worker/client.js adopts the
// worker, the messages it sent meanwhile and the compiled module (reused by
// any worker started later). On a plain visit of the page (no query, no
// link) the first run is under way before the page asks for it: on a first
// visit, the first example's run made at build time (first-run.bin) is
// fetched, and the worker compiles the wasm itself, off the page's main
// thread; with saved text, the wasm is compiled at once (compileStreaming,
// beside the page's own scripts) and the worker runs that text as soon as
// it has it. client.js takes either run over if the page asks for the same.
try { performance.mark('refscope:boot'); } catch (e) {}   // read by the bench
try {
  var t = localStorage.getItem('refscope.theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
try {
  var plain = !location.search && !location.hash && !/embed\.html$/.test(location.pathname);
  var saved = null;
  try { saved = localStorage.getItem('refscope.source'); } catch (e) {}
  var firstVisit = plain && saved === null;
  var w = new Worker('./worker.js', { type: 'module' });
  var early = [];
  w.onmessage = function (e) { early.push(e.data); };
  var boot = { worker: w, early: early, wasm: null, run: null, first: null };
  if (firstVisit) {
    w.postMessage({ type: 'wasm', module: null });
    boot.first = fetch('./first-run.bin').then(function (r) {
      return r.ok ? r.arrayBuffer() : null;
    }).catch(function () { return null; });
  } else {
    boot.wasm = WebAssembly.compileStreaming(fetch('./refscope.wasm'));
    boot.wasm.catch(function () {});
    boot.wasm.then(function (m) { w.postMessage({ type: 'wasm', module: m }); },
                   function () { w.postMessage({ type: 'wasm', module: null }); });
  }
  if (plain && saved !== null) {
    boot.run = { source: saved, start: performance.now() };
    w.postMessage({ id: 0, type: 'run', source: saved, limits: null });
  }
  window.__refscopeWorker = boot;
} catch (e) {}
