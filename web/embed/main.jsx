// main.jsx — the embed player's start (embed.html, web/share/README.md): the
// code and step from the fragment (a broken one shows a message and an
// example; the embed never reads or writes the learner's saved code), the
// wasm worker, the first run, and the height posted to the host page.
import { render } from 'preact';
import { batch } from '@preact/signals';
import { source, notice, sharedAtoms } from '../state.js';
import { startRuntime, runSource } from '../player.js';
import { EXAMPLES } from '../examples/index.js';
import { decodeFragment } from '../share/codec.js';
import { applyLinkStep, setStartTrace } from '../share/view.js';
import { registerOffline } from '../share/offline.js';
import { EmbedApp } from './EmbedApp.jsx';
import { postHeight } from './height.js';
import '../styles.css';
import './embed.css';

const link = decodeFragment(location.hash);
batch(() => {
  if (link && !link.error) {
    source.value = link.code;
    if (link.atoms !== null) sharedAtoms.value = link.atoms;
  } else {
    source.value = EXAMPLES[0].code;
    if (link) notice.value = `This player's link could not be opened: ${link.error}. Showing an example.`;
  }
});
render(<EmbedApp />, document.getElementById('app'));
postHeight();
globalThis.__refscope = { embed: true };
startRuntime(new URL('./worker.js', import.meta.url))
  .then(async (schema) => {
    setStartTrace(schema);
    await runSource();
    if (link && !link.error) applyLinkStep(link);
    registerOffline();
  })
  .catch((err) => {
    notice.value = `The interpreter could not start: ${err.message}`;
  });
