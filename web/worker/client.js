// client.js — the page's side of the wasm worker: a promise per run, request
// ids so a stale result never lands, and a time budget after which the worker
// is stopped, replaced, and the partial trace it streamed is returned.
import { DEFAULT_LIMITS, TIME_BUDGET_MS } from './protocol.js';
import { decodeFirstRun } from './firstrun.js';

export class RuntimeClient {
  // [url]: the worker script; [budgetMs]: the time budget of a run;
  // [limits]: the core's limits (protocol.js DEFAULT_LIMITS).
  // [firstSource]: what boot.js's early run runs when it has no saved text
  // (the first example), so that run can be taken over.
  constructor(url, { budgetMs = TIME_BUDGET_MS, limits = DEFAULT_LIMITS,
                     firstSource = null } = {}) {
    this.url = url;
    this.budgetMs = budgetMs;
    this.limits = limits;
    this.firstSource = firstSource;
    this.wasm = null; // the compiled module (a promise), for every worker
    this.nextId = 1;
    this.runsAsked = 0;
    this.pending = null; // { id, resolve, reject, timer, partial, start }
    this.schema = null;
    this._spawn();
  }

  // A new worker, or the one index.html started before this code loaded.
  _spawn() {
    const early = globalThis.__refscopeWorker;
    globalThis.__refscopeWorker = null;
    this.worker = early ? early.worker : new Worker(this.url, { type: 'module' });
    this.wasm ||= early ? early.wasm : compileWasm(new URL('./refscope.wasm', this.url));
    if (!early) {
      const w = this.worker;
      this.wasm.then((module) => w.postMessage({ type: 'wasm', module }),
                     () => w.postMessage({ type: 'wasm', module: null }));
    }
    // boot.js's run (id 0) and what it sent, until the page asks for a run;
    // or the first example's run made at build time (first-run.bin).
    this.early = early && early.run ? { ...early.run, messages: [], finished: false } : null;
    this.first = early ? early.first : null;
    this.ready = new Promise((resolve, reject) => {
      this._readyResolve = resolve;
      this.worker.onerror = (e) => {
        e.preventDefault?.();
        reject(new Error(e.message || 'the runtime could not start'));
        this._fail(new Error(e.message || 'the runtime stopped'));
      };
    });
    this.ready.catch(() => {});
    this.worker.onmessage = (e) => this._onMessage(e.data);
    if (early) early.early.forEach((m) => this._onMessage(m));
  }

  _onMessage(msg) {
    if (msg.type === 'ready') {
      mark('refscope:worker-ready');
      for (const [k, t] of Object.entries(msg.timing || {}))
        mark(`refscope:worker-${k}`, t - performance.timeOrigin);
      this.schema = msg.schema;
      this._readyResolve(msg.schema);
      return;
    }
    if (this.early && msg.id === 0) {
      this.early.messages.push(msg);
      this.early.finished ||= msg.type === 'done' || msg.type === 'failed';
      return;
    }
    const p = this.pending;
    if (!p || msg.id !== p.id) return; // stale: a newer run replaced it
    if (msg.type === 'progress') {
      p.partial.records.push(msg.records);
      p.partial.strings.push(msg.strings);
    } else if (msg.type === 'done') {
      this._settle(() => p.resolve(msg.result));
      // The module threw out of a run (runner.js _broken): a fresh worker.
      if (msg.result.restart) {
        this.worker.terminate();
        this._spawn();
      }
    } else if (msg.type === 'failed') {
      this._settle(() => p.reject(new Error(msg.message)));
    }
  }

  _settle(fn) {
    clearTimeout(this.pending.timer);
    this.pending = null;
    fn();
  }

  _fail(err) {
    if (this.pending) this._settle(() => this.pending?.reject(err));
  }

  // Runs [source]; resolves with a RunResult (protocol.js). A newer run
  // cancels this one: its promise then resolves with status 'cancelled'.
  async run(source, limits = this.limits) {
    if (this.pending) this._restart('cancelled');
    const ticket = ++this.runsAsked;
    const first = await this._firstRun(source, limits);
    if (first) return ticket === this.runsAsked ? first : { status: 'cancelled' };
    const early = this.early;
    this.early = null;
    if (early && this._sameRun(early, source, limits)) return this._adopt(early);
    if (early && !early.finished) this._restart(null); // busy with another text
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const start = performance.now();
      const timer = setTimeout(() => this._timeout(), this.budgetMs);
      this.pending = { id, resolve, reject, timer, start,
                       partial: { records: [], strings: [] } };
      this.worker.postMessage({ id, type: 'run', source, limits });
    });
  }

  _sameRun(early, source, limits) {
    return defaultLimits(limits) && source === (early.source ?? this.firstSource);
  }

  // The result in first-run.bin if the page asks for that run first (the
  // file's source, default limits), else null. Asked once.
  async _firstRun(source, limits) {
    const pending = this.first;
    this.first = null;
    if (!pending || !defaultLimits(limits)) return null;
    const run = decodeFirstRun(await pending);
    if (!run || run.source !== source) return null;
    this.schema ||= run.schema;
    return run.result;
  }

  // Takes boot.js's run over: its messages so far, then the rest; the time
  // budget counts from when it started.
  _adopt(early) {
    return new Promise((resolve, reject) => {
      const left = Math.max(0, this.budgetMs - (performance.now() - early.start));
      this.pending = { id: 0, resolve, reject, start: early.start,
                       timer: setTimeout(() => this._timeout(), left),
                       partial: { records: [], strings: [] } };
      for (const m of early.messages) this._onMessage(m);
    });
  }

  // The budget ran out: stop the worker, start a new one, and hand back
  // what the old one streamed.
  _timeout() { this._restart('timeout'); }

  // The learner pressed Stop: the same, without waiting for the budget.
  stop() { if (this.pending) this._restart('stopped'); }

  _restart(status) {
    const p = this.pending;
    this.worker.terminate();
    this._spawn();
    if (!p) return;
    clearTimeout(p.timer);
    this.pending = null;
    const partial = { records: join(p.partial.records),
                      strings: join(p.partial.strings) };
    const message = status === 'timeout'
      ? `the program ran longer than ${this.budgetMs / 1000} s and was stopped`
      : status === 'stopped' ? 'you stopped the program' : null;
    p.resolve({
      status, exitCode: 1, stdout: '', stderr: '', error: null,
      limit: message ? { name: status === 'timeout' ? 'time' : 'stop', message } : null,
      ms: performance.now() - p.start, ...partial,
    });
  }
}

function defaultLimits(limits) {
  return Object.keys(DEFAULT_LIMITS).every((k) => limits[k] === DEFAULT_LIMITS[k]);
}

// The wasm module compiled from [url] (a promise; rejected where streaming
// compilation is missing: the worker then loads it itself).
function compileWasm(url) {
  const p = WebAssembly.compileStreaming(fetch(url));
  p.catch(() => {});
  return p;
}

// One ArrayBuffer of [pieces] end to end.
function join(pieces) {
  const all = new Uint8Array(pieces.reduce((n, b) => n + b.byteLength, 0));
  let at = 0;
  for (const b of pieces) { all.set(new Uint8Array(b), at); at += b.byteLength; }
  return all.buffer;
}

// Marks the first time something happened (read by bench/page_bench.mjs).
export function mark(name, startTime) {
  if (!performance.getEntriesByName(name).length)
    performance.mark(name, startTime === undefined ? undefined : { startTime });
}
