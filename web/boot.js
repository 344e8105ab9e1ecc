// boot.js — runs before the page's first paint (index.html and embed.html
// load it as a classic script: the Content-Security-Policy forbids inline
// script). The saved colour theme; the wasm module fetched and compiled at
// once (compileStreaming, beside the page's own scripts); the worker that
// runs it, started while app.js still loads. web/worker/client.js adopts the
// worker, the messages it sent meanwhile and the compiled module (reused
// by any worker started later). On a plain visit of the page (no query, no
// link) the worker also runs the text the page will show first, the saved
// one or (null) the first example, so that its trace is ready when the page
// is: client.js takes that run over if the page asks for the same.
try {
  var t = localStorage.getItem('refscope.theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
try {
  var wasm = WebAssembly.compileStreaming(fetch('./refscope.wasm'));
  wasm.catch(function () {});
  var w = new Worker('./worker.js', { type: 'module' });
  var early = [];
  w.onmessage = function (e) { early.push(e.data); };
  wasm.then(function (m) { w.postMessage({ type: 'wasm', module: m }); },
            function () { w.postMessage({ type: 'wasm', module: null }); });
  var boot = { worker: w, early: early, wasm: wasm, run: null };
  if (!location.search && !location.hash && !/embed\.html$/.test(location.pathname)) {
    var saved = null;
    try { saved = localStorage.getItem('refscope.source'); } catch (e) {}
    boot.run = { source: saved, start: performance.now() };
    w.postMessage({ id: 0, type: 'run', source: saved, limits: null });
  }
  window.__refscopeWorker = boot;
} catch (e) {}
