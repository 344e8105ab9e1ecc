// runtime.worker.js — runs the Refscope core (WebAssembly) off the main
// thread (runner.js: one fresh VM per run, the trace copied out) and
// transfers the results. Messages: protocol.js.
import createRefscope from 'refscope-wasm';
import { DEFAULT_LIMITS } from './protocol.js';
import { Runner } from './runner.js';
import FIRST_EXAMPLE from '../examples/1-names.py';

// When the worker started and when its module was ready, on the page's
// clock (performance.timeOrigin differs per worker); read by the bench.
const clock = () => performance.timeOrigin + performance.now();
const timing = { started: clock() };

// The page sends the compiled module first ({type: 'wasm', module}; null:
// fetch and compile it here). Runs asked for meanwhile (boot.js's early
// run) wait.
const waiting = [];
let gotWasm;
const compiled = new Promise((resolve) => { gotWasm = resolve; });
self.onmessage = (e) => (e.data.type === 'wasm' ? gotWasm(e.data.module) : waiting.push(e.data));

const wasmModule = await compiled;
const mod = await createRefscope(wasmModule ? {
  instantiateWasm(imports, receive) {
    WebAssembly.instantiate(wasmModule, imports).then((instance) => receive(instance, wasmModule));
    return {};
  },
} : {});
timing.instantiated = clock();

const runner = new Runner(mod, (id, records, strings) =>
  postMessage({ id, type: 'progress', records, strings }, [records, strings]));

// [source] null: the first example (boot.js asks for it before the page
// has the examples); [limits] null: the defaults.
function onMessage(msg) {
  if (msg.type !== 'run') return;
  try {
    const result = runner.run(msg.id, msg.source ?? FIRST_EXAMPLE, msg.limits || DEFAULT_LIMITS);
    postMessage({ id: msg.id, type: 'done', result }, [result.records, result.strings]);
  } catch (err) {
    postMessage({ id: msg.id, type: 'failed', message: String(err && err.message || err) });
  } finally {
    if (!runner.broken) setTimeout(() => runner.prepareSpare(), 0);
  }
}

self.onmessage = (e) => onMessage(e.data);
postMessage({ type: 'ready', schema: runner.schemaJSON(), timing });
waiting.splice(0).forEach(onMessage);
runner.prepareSpare();
