// harness.mjs — runs `refscope trace --states --raw` on a snippet, decodes
// the binary trace with web/trace/decoder.js, replays it with replay.js and
// compares every state dump of the VM with the replayed state
// (canonical.js). Used by replay.test.mjs and the compare tool.
import { execFileSync, spawn } from 'node:child_process';
import {
  closeSync, createReadStream, existsSync, mkdtempSync, openSync, readFileSync,
  rmSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeTrace, schemaFromJSON } from '../../web/trace/decoder.js';
import { Replay } from '../../web/trace/replay.js';
import { canonicalState } from '../../web/trace/canonical.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '../..');
export const refscope = process.env.REFSCOPE ||
  path.join(root, 'build', 'refscope');

let schemaCache = null;
export function schema() {
  if (!schemaCache) {
    const text = execFileSync(refscope, ['schema'], { encoding: 'utf8' });
    schemaCache = schemaFromJSON(JSON.parse(text));
  }
  return schemaCache;
}

function cliArgs(prefix, extra, file) {
  return ['trace', '--states', '--raw', prefix, ...extra, file];
}

// Splits the CLI's output and decodes the raw trace written to [prefix].
function collect(out, prefix, dir) {
  let records, strings;
  try {
    records = readFileSync(prefix + '.records');
    strings = readFileSync(prefix + '.strings');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const events = [];
  const states = [];
  for (const line of out.split('\n')) {
    if (!line) continue;
    const obj = JSON.parse(line);
    if ('state' in obj) states.push(obj);
    else events.push(obj);
  }
  const trace = decodeTrace(schema(), records, strings);
  return { events, states, trace, records };
}

function tempPrefix() {
  const dir = mkdtempSync(path.join(tmpdir(), 'refscope-trace-'));
  return { dir, prefix: path.join(dir, 'out') };
}

// Runs the CLI: {events: [lines], states: [objects], trace, records (the
// raw bytes)}.
export function runTrace(file, extra = []) {
  const { dir, prefix } = tempPrefix();
  let out;
  try {
    out = execFileSync(refscope, cliArgs(prefix, extra, file),
      { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'ignore'] });
  } catch (e) {
    out = e.stdout; // the program's own exit status may be non-zero
  }
  return collect(out, prefix, dir);
}

// The same without blocking (for running several at once), for long
// outputs: the CLI writes its JSON lines to a file, which [onLine] reads
// one line at a time (a parsed object) after [onTrace] got the decoded
// trace. Rejects when the CLI crashed or timed out ([timeout] ms).
export async function streamTrace(file, extra, timeout, onTrace, onLine) {
  const { dir, prefix } = tempPrefix();
  try {
    const outFile = prefix + '.jsonl';
    const fd = openSync(outFile, 'w');
    const child = spawn(refscope, cliArgs(prefix, extra, file),
      { stdio: ['ignore', fd, 'pipe'], timeout });
    closeSync(fd);
    let stderr = '';
    child.stderr.on('data', (d) => { stderr = (stderr + d).slice(-400); });
    const [code, signal] = await new Promise((resolve) =>
      child.on('close', (c, sig) => resolve([c, sig])));
    // SIGINT: the CLI dies by it after an uncaught KeyboardInterrupt, as
    // python3 does (the trace is written first).
    if ((signal && signal !== 'SIGINT') || !existsSync(prefix + '.records'))
      throw new Error(`${signal ? `signal ${signal}` : `exit ${code}`}: ${stderr}`);
    onTrace(decodeTrace(schema(), readFileSync(prefix + '.records'),
                        readFileSync(prefix + '.strings')));
    const lines = createInterface({ input: createReadStream(outFile),
                                    crlfDelay: Infinity });
    for await (const line of lines) {
      if (line && onLine(JSON.parse(line)) === false) break;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The dump's "refs": null means the VM does not list that layout's named
// references: compare without them.
function comparable(vmState, jsState) {
  const byObj = new Map(vmState.objects.map((o) => [o.obj, o]));
  const js = structuredClone(jsState);
  for (const o of js.objects) {
    const v = byObj.get(o.obj);
    if (v && v.refs === null) {
      delete v.refs;
      delete o.refs;
    }
  }
  return js;
}

// The first difference between one VM dump and the replay, or null:
// {n, path, vm, js}.
export function compareState(vm, replay) {
  const js = comparable(vm, canonicalState(replay.state(vm.state)));
  const diff = firstDiff(vm, js, '');
  return diff ? { n: vm.state, ...diff } : null;
}

// The first difference between the VM's dumps and the replay, or null.
export function compareStates({ states, trace }, replay = new Replay(trace)) {
  for (const vm of states) {
    const diff = compareState(vm, replay);
    if (diff) return diff;
  }
  return null;
}

export function firstDiff(a, b, at) {
  if (a === b) return null;
  if (typeof a !== 'object' || typeof b !== 'object' || !a || !b ||
      Array.isArray(a) !== Array.isArray(b))
    return { path: at, vm: a, js: b };
  if (Array.isArray(a)) {
    if (a.length !== b.length && at.endsWith('objects')) return objectsDiff(a, b, at);
    const n = Math.max(a.length, b.length);
    for (let i = 0; i < n; i++) {
      const d = firstDiff(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const d = firstDiff(a[k], b[k], at ? `${at}.${k}` : k);
    if (d) return d;
  }
  return null;
}

function objectsDiff(a, b, at) {
  const as = new Set(a.map((o) => o.obj)), bs = new Set(b.map((o) => o.obj));
  const onlyVm = a.filter((o) => !bs.has(o.obj)).slice(0, 3);
  const onlyJs = b.filter((o) => !as.has(o.obj)).slice(0, 3);
  return { path: at + ' (membership)', vm: onlyVm, js: onlyJs };
}
