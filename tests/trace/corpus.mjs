// corpus.mjs — replays the JS decoder over many snippets (by default the
// whole conformance corpus, the trace cases and the page's examples) and
// cross-checks, at every state dump of `refscope trace --states`, the
// replayed state against the VM's own (harness.mjs), plus what the page
// relies on (checks.mjs): no pointer to an object the state lacks, no
// refcount below the references drawn, the replayed output equal to
// python3's (.out) at the end. core/TRACE.md, "State dumps".
//   node tests/trace/corpus.mjs [--jobs N] [--max-events N] [--states-every K]
//        [--timeout SECONDS] [--known FILE] [--verbose] [PATH-SUBSTRING...]
// Exit status 1 if a snippet fails that is not listed in the known file
// (tests/trace/known_corpus.txt: one path per line, '#' comments).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, streamTrace, compareState } from './harness.mjs';
import { Replay } from '../../web/trace/replay.js';
import { checkState, checkEnd, checkFrees } from './checks.mjs';

function parseArgs(argv) {
  const o = { jobs: 2, maxEvents: 200000, statesEvery: 1, timeout: 30,
              known: path.join(root, 'tests/trace/known_corpus.txt'),
              verbose: false, filters: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--jobs') o.jobs = Number(argv[++i]);
    else if (a === '--max-events') o.maxEvents = Number(argv[++i]);
    else if (a === '--states-every') o.statesEvery = Number(argv[++i]);
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '--known') o.known = argv[++i];
    else if (a === '--verbose') o.verbose = true;
    else o.filters.push(a);
  }
  return o;
}

function pyFiles(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...pyFiles(p));
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out.sort();
}

function snippets(filters) {
  const all = ['tests/conformance', 'tests/trace/cases', 'web/examples']
    .flatMap((d) => pyFiles(path.join(root, d)))
    .map((p) => path.relative(root, p));
  if (!filters.length) return all;
  return all.filter((p) => filters.some((f) => p.includes(f)));
}

function readKnown(file) {
  if (!existsSync(file)) return new Set();
  return new Set(readFileSync(file, 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim()).filter(Boolean));
}

// python3's stdout for a conformance snippet, or null when the runner
// expects this snippet to differ (known_failures.txt) or has no .out.
function expectedStdout(file, knownRun) {
  const out = file.replace(/\.py$/, '.out');
  if (knownRun.has(file) || !existsSync(path.join(root, out))) return null;
  return readFileSync(path.join(root, out), 'utf8');
}

function runKnownFailures() {
  const f = path.join(root, 'tests/conformance/known_failures.txt');
  if (!existsSync(f)) return new Set();
  return new Set(readFileSync(f, 'utf8').split('\n')
    .map((l) => l.replace(/#.*/, '').trim().split(/\s+/)[0]).filter(Boolean)
    .map((p) => (p.startsWith('tests/') ? p : `tests/conformance/${p}`))
    .map((p) => (p.endsWith('.py') ? p : `${p}.py`)));
}

function describe(diff) {
  return `state ${diff.n}: ${diff.path}: vm ${
    JSON.stringify(diff.vm)?.slice(0, 300)} js ${
    JSON.stringify(diff.js)?.slice(0, 300)}`;
}

// One snippet: null if every check passes, else a one-line reason. A run
// whose dumps take too long (many objects alive over many lines) is tried
// again with one dump every 50 line steps.
async function check(file, o, knownRun) {
  try {
    return await checkEvery(file, o, knownRun, o.statesEvery);
  } catch (e) {
    if (!/SIGTERM/.test(e.message)) throw e;
    return checkEvery(file, o, knownRun, o.statesEvery * 50);
  }
}

async function checkEvery(file, o, knownRun, every) {
  const extra = ['--max-events', String(o.maxEvents),
                 '--states-every', String(every)];
  let replay = null, why = null, limited = false;
  await streamTrace(path.join(root, file), extra, o.timeout * 1000,
    (trace) => { replay = new Replay(trace); },
    (obj) => {
      if (obj.ev === 'LIMIT') limited = true;
      if (!('state' in obj)) return true;
      const diff = compareState(obj, replay);
      if (diff) why = describe(diff);
      else {
        const bad = checkState(replay.state(obj.state));
        if (bad) why = `state ${obj.state}: ${bad}`;
      }
      return !why;
    });
  if (why) return why;
  const t = replay.trace;
  if (!t.count || t.event(t.count - 1).ev !== 'END')
    return 'the trace does not end with END';
  const bad = checkFrees(replay);
  if (bad) return bad;
  return checkEnd(replay.state(replay.count),
                  limited ? null : expectedStdout(file, knownRun));
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const files = snippets(o.filters);
  const known = readKnown(o.known);
  const knownRun = runKnownFailures();
  const failed = [], knownFailed = [], fixed = [];
  let next = 0, done = 0;
  const t0 = Date.now();
  async function worker() {
    while (next < files.length) {
      const file = files[next++];
      let why;
      const t1 = Date.now();
      try {
        why = await check(file, o, knownRun);
      } catch (e) {
        why = `error: ${e.message.split('\n')[0]}`;
      }
      done++;
      if (why && known.has(file)) knownFailed.push(file);
      else if (why) failed.push([file, why]);
      else if (known.has(file)) fixed.push(file);
      if (o.verbose)
        console.log(`${why ? 'FAIL' : 'ok  '} ${file} ${Date.now() - t1} ms`);
    }
  }
  await Promise.all(Array.from({ length: o.jobs }, worker));
  for (const [file, why] of failed.sort()) console.log(`FAIL ${file}\n     ${why}`);
  for (const file of fixed) console.log(`FIXED (in the known list) ${file}`);
  console.log(`${done} snippets, ${done - failed.length - knownFailed.length} ` +
              `pass, ${failed.length} fail, ${knownFailed.length} known ` +
              `(${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  process.exitCode = failed.length ? 1 : 0;
}

main();
