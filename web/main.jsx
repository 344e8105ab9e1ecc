// main.jsx — starts the page: the wasm worker, the source to show, the
// first run, and the Preact tree. Test hook: window.__refscope.
import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './app.jsx';
import { startRuntime, runSource } from './player.js';
import { initialSource } from './drafts.js';
import { startSharing } from './share/link.js';   // share links, offline (issue 6)
import * as st from './state.js';
import * as player from './player.js';
import { DEFAULT_LIMITS, TIME_BUDGET_MS } from './worker/protocol.js';
import { EXAMPLES } from './examples/index.js';
import './styles.css';

// ?budget=MS (the time budget) and ?steps=N (the step limit; 0: none), for
// tests and for long programs.
function runtimeOptions(search) {
  const q = new URLSearchParams(search);
  const num = (k) => (q.has(k) && Number.isFinite(Number(q.get(k))) ? Number(q.get(k)) : null);
  return { budgetMs: num('budget') || TIME_BUDGET_MS,
           limits: { ...DEFAULT_LIMITS, maxSteps: num('steps') ?? DEFAULT_LIMITS.maxSteps },
           firstSource: EXAMPLES[0].code };
}

initialSource();
startSharing();     // a link's code and step replace the saved text shown
// The colour theme: the system's unless the learner chose one.
effect(() => {
  const t = st.theme.value;
  if (t === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
});
render(<App />, document.getElementById('app'));
globalThis.__refscope = { state: st, player };
// The first run is asked for at once: it may be ready before the worker is
// (first-run.bin, or boot.js's early run; client.js).
startRuntime(new URL('./worker.js', import.meta.url), runtimeOptions(location.search))
  .catch((err) => {
    st.notice.value = `The interpreter could not start: ${err.message}`;
  });
runSource();
