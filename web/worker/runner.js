// runner.js — runs programs in an instantiated Refscope module (the
// Emscripten glue's Module): one fresh VM per run, the trace copied out of
// wasm memory, output streamed as it is written. Used by the worker
// (runtime.worker.js) and by the build (web/build/first-run.mjs, the first
// example's run made ahead). Only core/api.h and web/wasm/page.c are called.
import { PROGRESS_MS, STATUS, DEFAULT_LIMITS } from './protocol.js';
import { apiFromModule } from '../trace/decoder.js';

const MANY_MESSAGES = 2000;

function joinText(chunks) {
  const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { all.set(c, at); at += c.length; }
  return new TextDecoder().decode(all);
}

function sameLimits(a, b) {
  return Object.keys(DEFAULT_LIMITS).every((k) => a[k] === b[k]);
}

export class Runner {
  // [mod]: the instantiated module; [onProgress(id, records, strings)]: the
  // trace bytes added since the last call, sent as output is written (every
  // write until a long printing loop has sent many, then at most one each
  // PROGRESS_MS), so that a run stopped by the time budget still shows what
  // it did.
  constructor(mod, onProgress = () => {}) {
    this.mod = mod;
    this.api = apiFromModule(mod);
    this.onProgress = onProgress;
    this.encoder = new TextEncoder();
    this.current = null; // { id, vm, out, lastProgress, messages, sent* }
    this.spare = null;   // a VM made ahead with the default limits
    mod.onWrite = (stream, ptr, len) => this._write(stream, ptr, len);
  }

  // The trace self-description as plain JSON (web/trace/STATE.md).
  schemaJSON() {
    const api = this.api;
    const events = [];
    for (let k = 0; k < api.eventKindCount(); k++)
      events.push({ name: api.eventName(k), fields: api.eventFields(k) });
    const enums = {};
    for (let t = 0; t < api.enumTableCount(); t++) {
      const names = [];
      for (let v = 0; v < api.enumCount(t); v++) names.push(api.enumName(t, v));
      enums[api.enumTableName(t)] = names;
    }
    return { version: api.traceVersion(), recordSize: api.recordSize(), events, enums };
  }

  // Copies [size] bytes at [ptr] out of wasm memory (it may grow later).
  _copyOut(ptr, size) {
    return this.mod.HEAPU8.slice(ptr, ptr + size).buffer;
  }

  _write(stream, ptr, len) {
    const c = this.current;
    const mod = this.mod;
    if (!c) return;
    c.out[stream === 2 ? 1 : 0].push(mod.HEAPU8.slice(ptr, ptr + len));
    const now = performance.now();
    if (c.messages > MANY_MESSAGES && now - c.lastProgress < PROGRESS_MS) return;
    c.lastProgress = now;
    c.messages++;
    const recSize = mod._vm_trace_size(c.vm), strSize = mod._vm_strings_size(c.vm);
    const records = this._copyOut(mod._vm_trace_data(c.vm) + c.sentRecords, recSize - c.sentRecords);
    const strings = this._copyOut(mod._vm_strings_data(c.vm) + c.sentStrings, strSize - c.sentStrings);
    c.sentRecords = recSize;
    c.sentStrings = strSize;
    this.onProgress(c.id, records, strings);
  }

  _result(vm, status, ms, out) {
    const mod = this.mod;
    const text = (ptr) => mod.UTF8ToString(ptr);
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
      records: this._copyOut(mod._vm_trace_data(vm), mod._vm_trace_size(vm)),
      strings: this._copyOut(mod._vm_strings_data(vm), mod._vm_strings_size(vm)),
    };
  }

  _newVm(limits) {
    return this.mod._page_vm_new(limits.maxSteps, limits.maxEvents, limits.maxMemory,
                                 limits.maxOutput, 1);
  }

  // Making a VM builds every built-in type and module (tens of ms): one is
  // made ahead, while the page is idle, for the next run with the default
  // limits.
  prepareSpare() {
    if (!this.spare) this.spare = this._newVm(DEFAULT_LIMITS);
  }

  // Runs [source] under [limits]; returns a RunResult (protocol.js). The VM
  // is freed; a new spare is made later by the caller (prepareSpare).
  run(id, source, limits = DEFAULT_LIMITS) {
    const mod = this.mod;
    const start = performance.now();
    let vm = this.spare && sameLimits(limits, DEFAULT_LIMITS) ? this.spare : null;
    if (vm) this.spare = null;
    else vm = this._newVm(limits);
    if (!vm) throw new Error('the VM could not be created (out of memory)');
    const bytes = this.encoder.encode(source);
    const src = mod._malloc(bytes.length + 1);
    mod.HEAPU8.set(bytes, src);
    mod.HEAPU8[src + bytes.length] = 0;
    this.current = { id, vm, lastProgress: start, out: [[], []], messages: 0,
                     sentRecords: 0, sentStrings: 0 };
    let code;
    try {
      code = mod._vm_run(vm, src, bytes.length);
    } catch (err) {
      const result = this._broken(vm, err, performance.now() - start);
      this.current = null;
      return result;
    }
    const result = this._result(vm, STATUS[code] || 'runtime', performance.now() - start,
                                this.current.out);
    this.current = null;
    mod._free(src);
    mod._vm_free(vm);
    return result;
  }

  // The module threw out of vm_run: the browser's stack overflowed
  // (RangeError) below the page's nesting limits (core/LIMITS.md, "Nesting
  // in the page"), or worse. The VM and the module's stack pointer are left
  // mid-run, so nothing is freed and the module is not used again: the
  // result says so (restart) and the client starts a fresh worker. What the
  // trace and the output hold until then is kept.
  _broken(vm, err, ms) {
    this.broken = true;
    const result = this._result(vm, 'limit', ms, this.current.out);
    const stack = err instanceof RangeError;
    result.limit = {
      name: stack ? 'stack' : 'runtime',
      message: stack
        ? 'the program went deeper than the browser\'s stack allows (a limit of this page; ' +
          'python3\'s C stack is larger)'
        : `the runtime failed (${String(err && err.message || err)})`,
    };
    result.restart = true;
    return result;
  }
}
