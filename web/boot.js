// boot.js — runs before the page's first paint (index.html loads it as a
// classic script: the Content-Security-Policy forbids inline script). The
// saved colour theme, and the wasm worker started while app.js still loads;
// web/worker/client.js adopts it and the messages it sent meanwhile.
try {
  var t = localStorage.getItem('refscope.theme');
  if (t === 'light' || t === 'dark') document.documentElement.dataset.theme = t;
} catch (e) {}
try {
  var w = new Worker('./worker.js', { type: 'module' });
  var early = [];
  w.onmessage = function (e) { early.push(e.data); };
  window.__refscopeWorker = { worker: w, early: early };
} catch (e) {}
