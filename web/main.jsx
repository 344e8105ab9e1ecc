// main.jsx — starts the page: the wasm worker, the source to show, the
// first run, and the Preact tree. Test hook: window.__refscope.
import { render } from 'preact';
import { effect } from '@preact/signals';
import { App } from './app.jsx';
import { startRuntime, runSource } from './player.js';
import { initialSource } from './drafts.js';
import * as st from './state.js';
import * as player from './player.js';
import './styles.css';

initialSource();
// The colour theme: the system's unless the learner chose one.
effect(() => {
  const t = st.theme.value;
  if (t === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = t;
});
render(<App />, document.getElementById('app'));
globalThis.__refscope = { state: st, player };
const budget = Number(new URLSearchParams(location.search).get('budget')) || undefined;
startRuntime(new URL('./worker.js', import.meta.url), budget)
  .then(() => runSource())
  .catch((err) => {
    st.notice.value = `The interpreter could not start: ${err.message}`;
  });
