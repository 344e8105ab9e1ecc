// runtime.worker.js — runs the Refscope core (WebAssembly) off the main
// thread: one fresh VM per run, the trace copied out and transferred.
// Messages: protocol.js. Only core/api.h and web/wasm/page.c are called.
import createRefscope from 'refscope-wasm';
import { PROGRESS_MS, STATUS, DEFAULT_LIMITS } from './protocol.js';
import FIRST_EXAMPLE from '../examples/1-names.py';

const MANY_MESSAGES = 2000;

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
const encoder = new TextEncoder();
const api = bindApi(mod);
let current = null; // { id, vm, lastProgress }

// The self-description functions of api.h, as STATE.md's `api` object.
function bindApi(m) {
  const s = (f) => (...args) => m.UTF8ToString(f(...args));
  return {
    traceVersion: m._vm_trace_version,
    recordSize: m._vm_trace_record_size,
    eventKindCount: m._vm_event_kind_count,
    eventName: s(m._vm_event_name),
    eventFields: s(m._vm_event_fields),
    enumTableCount: m._vm_enum_table_count,
    enumTableName: s(m._vm_enum_table_name),
    enumCount: m._vm_enum_count,
    enumName: s(m._vm_enum_name),
  };
}

// The trace self-description as plain JSON (web/trace/STATE.md).
function schemaJSON() {
  const events = [];
  for (let k = 0; k < api.eventKindCount(); k++)
    events.push({ name: api.eventName(k), fields: api.eventFields(k) });
  const enums = {};
  for (let t = 0; t < api.enumTableCount(); t++) {
    const names = [];
    for (let v = 0; v < api.enumCount(t); v++) names.push(api.enumName(t, v));
    enums[api.enumTableName(t)] = names;
  }
  return { version: api.traceVersion(), recordSize: api.recordSize(),
           events, enums };
}

// Copies [size] bytes at [ptr] out of wasm memory (it may grow later).
function copyOut(ptr, size) {
  return mod.HEAPU8.slice(ptr, ptr + size).buffer;
}

function traceCopy(vm) {
  return {
    records: copyOut(mod._vm_trace_data(vm), mod._vm_trace_size(vm)),
    strings: copyOut(mod._vm_strings_data(vm), mod._vm_strings_size(vm)),
  };
}

function text(ptr) { return mod.UTF8ToString(ptr); }

// Output arrives here as it is written (page_vm_new(..., stream_output=1)).
// The trace records and strings added since the last message go along, so
// that a run stopped by the time budget still shows what it did. Every write
// is sent (the last one before a hang matters most) until a long printing
// loop has sent many; then at most one message each PROGRESS_MS.
mod.onWrite = (stream, ptr, len) => {
  const c = current;
  if (!c) return;
  c.out[stream === 2 ? 1 : 0].push(mod.HEAPU8.slice(ptr, ptr + len));
  const now = performance.now();
  if (c.messages > MANY_MESSAGES && now - c.lastProgress < PROGRESS_MS) return;
  c.lastProgress = now;
  c.messages++;
  const recSize = mod._vm_trace_size(c.vm), strSize = mod._vm_strings_size(c.vm);
  const records = copyOut(mod._vm_trace_data(c.vm) + c.sentRecords, recSize - c.sentRecords);
  const strings = copyOut(mod._vm_strings_data(c.vm) + c.sentStrings, strSize - c.sentStrings);
  c.sentRecords = recSize;
  c.sentStrings = strSize;
  postMessage({ id: c.id, type: 'progress', records, strings }, [records, strings]);
};

function joinText(chunks) {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { all.set(c, at); at += c.length; }
  return new TextDecoder().decode(all);
}

function resultOf(vm, status, ms, out) {
  const t = traceCopy(vm);
  const hasError = status === 'syntax' || status === 'runtime';
  return {
    status, ms, exitCode: mod._vm_exit_code(vm),
    stdout: joinText(out[0]), stderr: joinText(out[1]),
    error: hasError ? {
      line: mod._vm_error_line(vm), column: mod._vm_error_column(vm),
      endColumn: mod._vm_error_end_column(vm),
      message: text(mod._vm_error_message(vm)),
    } : null,
    limit: status === 'limit' ? { name: text(mod._vm_limit_name(vm)),
                                  message: text(mod._vm_limit_message(vm)) }
                              : null,
    records: t.records, strings: t.strings,
  };
}

// Making a VM builds every built-in type and module (tens of ms): one is
// made ahead, while the page is idle, for the next run with default limits.
let spare = null;

function newVm(limits) {
  return mod._page_vm_new(limits.maxSteps, limits.maxEvents, limits.maxMemory,
                          limits.maxOutput, 1);
}

function prepareSpare() {
  if (!spare) spare = newVm(DEFAULT_LIMITS);
}

function sameLimits(a, b) {
  return Object.keys(DEFAULT_LIMITS).every((k) => a[k] === b[k]);
}

// [source] null: the first example (boot.js asks for it before the page
// has the examples); [limits] null: the defaults.
function run({ id, source, limits }) {
  if (source === null) source = FIRST_EXAMPLE;
  if (!limits) limits = DEFAULT_LIMITS;
  const start = performance.now();
  let vm = spare && sameLimits(limits, DEFAULT_LIMITS) ? spare : null;
  if (vm) spare = null;
  else vm = newVm(limits);
  if (!vm) throw new Error('the VM could not be created (out of memory)');
  const bytes = encoder.encode(source);
  const src = mod._malloc(bytes.length + 1);
  mod.HEAPU8.set(bytes, src);
  mod.HEAPU8[src + bytes.length] = 0;
  current = { id, vm, lastProgress: start, out: [[], []], messages: 0,
              sentRecords: 0, sentStrings: 0 };
  try {
    const code = mod._vm_run(vm, src, bytes.length);
    const status = STATUS[code] || 'runtime';
    const ms = performance.now() - start;
    const result = resultOf(vm, status, ms, current.out);
    postMessage({ id, type: 'done', result }, [result.records, result.strings]);
  } finally {
    current = null;
    mod._free(src);
    mod._vm_free(vm);
    setTimeout(prepareSpare, 0);
  }
}

function onMessage(msg) {
  if (msg.type !== 'run') return;
  try {
    run(msg);
  } catch (err) {
    postMessage({ id: msg.id, type: 'failed', message: String(err && err.message || err) });
  }
}

self.onmessage = (e) => onMessage(e.data);
postMessage({ type: 'ready', schema: schemaJSON(), timing });
waiting.splice(0).forEach(onMessage);
prepareSpare();
