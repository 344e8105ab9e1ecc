// replay.test.mjs — node --test tests/trace/: the JS side of the trace
// (web/trace/decoder.js, replay.js) against the C side, for every trace case
// (tests/trace/cases, the GC scenarios) and every example of the talk
// (web/examples): the decoder's events equal the golden traces the CLI is
// checked against (golden.py); the replayed state equals the VM's own dump
// at every state step (line steps and GC phases); every state is drawable;
// dying objects drop their pointers before FREE; the output at END is
// python3's. Then the decoder and replay on their own: schema errors,
// unknown kinds, checkpoints, partial traces. Needs build/refscope (or
// $REFSCOPE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { root, runTrace, compareStates, schema } from './harness.mjs';
import { checkState, checkFrees, checkEnd } from './checks.mjs';
import { goldenLines, readGolden } from './golden.mjs';
import { canonicalState } from '../../web/trace/canonical.js';
import { decodeTrace, schemaFromJSON } from '../../web/trace/decoder.js';
import { Replay } from '../../web/trace/replay.js';

const casesDir = path.join(root, 'tests/trace/cases');
const examplesDir = path.join(root, 'web/examples');
const examples = JSON.parse(readFileSync(path.join(examplesDir, 'expected.json'),
                                         'utf8')).examples;

function programs() {
  const cases = readdirSync(casesDir).filter((f) => f.endsWith('.py')).sort()
    .map((f) => ({ file: path.join(casesDir, f),
                   stdout: readFileSync(path.join(casesDir, f.replace(/\.py$/, '.out')),
                                        'utf8') }));
  const talk = Object.keys(examples).sort().map((f) => ({
    file: path.join(examplesDir, f), stdout: examples[f].stdout }));
  return cases.concat(talk);
}

for (const { file, stdout } of programs()) {
  const name = path.relative(root, file);
  test(name, () => {
    const run = runTrace(file);
    const replay = new Replay(run.trace);
    const golden = readGolden(file);
    assert.ok(golden, `no golden trace for ${name} (python3 tests/trace/golden.py --update)`);
    assert.deepEqual(goldenLines(run.trace), golden, 'decoded events = golden trace');
    assert.equal(run.events.length, run.trace.count, 'CLI lines = decoded records');
    assert.ok(run.states.length > 10, 'the VM dumped its states');
    assert.equal(compareStates(run, replay), null, 'replay = VM at every state step');
    for (const vm of run.states)
      assert.equal(checkState(replay.state(vm.state)), null, `state ${vm.state} drawable`);
    assert.equal(checkFrees(replay), null);
    assert.equal(checkEnd(replay.state(replay.count), stdout), null);
  });
}

const small = path.join(examplesDir, '1-names.py');

test('every event of the CLI decodes to the same fields', () => {
  const run = runTrace(small);
  run.events.forEach((line, i) => assert.deepEqual(run.trace.event(i), line));
});

test('a jump lands on the same state as stepping there', () => {
  const run = runTrace(path.join(casesDir, 'cycle_gc.py'));
  const jumpy = new Replay(run.trace, { checkpointEvery: 64 });
  const steady = new Replay(run.trace, { checkpointEvery: 1 << 20 });
  const ns = [run.trace.count, 1, 777, 65, 64, 63, 2000, 0, 1500, 129];
  for (const n of ns) {
    const seq = canonicalState(steady.state(n));
    assert.deepEqual(canonicalState(jumpy.state(n)), seq, `state ${n}`);
  }
  const before = canonicalState(jumpy.state(500));
  jumpy.state(2500);
  assert.deepEqual(canonicalState(jumpy.state(500)), before, 'snapshots are immutable');
});

test('a trace cut by the event budget replays to LIMIT and END', () => {
  const run = runTrace(path.join(casesDir, 'generations.py'), ['--max-events', '800']);
  const t = run.trace;
  assert.ok(t.count <= 800 + 8);
  assert.equal(t.event(t.count - 2).ev, 'LIMIT');
  assert.equal(t.event(t.count - 1).ev, 'END');
  const replay = new Replay(t);
  const s = replay.state(replay.count);
  assert.equal(s.limit.name, 'events');
  assert.equal(s.end.status, 'limit');
  assert.equal(compareStates(run, replay), null, 'dumps before the cut agree');
  assert.ok(replay.lineSteps.length > 5, 'line steps before the cut');
});

test('a program that does not compile has a trace: its report and END', () => {
  const run = runTrace(path.join(root,
    'tests/conformance/syntax_errors/001_missing_colon_if.py'));
  const s = new Replay(run.trace).state(run.trace.count);
  assert.equal(s.end.status, 'syntax_error');
  assert.match(s.output(2), /SyntaxError: expected ':'/);
});

test('the schema comes from the VM, and bad input is refused', () => {
  const sc = schema();
  assert.ok(sc.version >= 3);
  assert.ok(sc.kinds.END >= 0 && sc.kinds.FRAME_EXIT >= 0 && sc.kinds.NAME >= 0);
  assert.ok(sc.enums.layout.includes('LIST') && sc.enums.gc_phase.includes('done'));
  assert.ok(sc.events.every((e) => [4, 8, 12, 16].includes(e.size)));
  assert.equal(sc.events[sc.kinds.FREE].size, 8);
  assert.equal(sc.events[sc.kinds.REFCOUNT].size, 12);
  assert.equal(sc.events[sc.kinds.SEQ_SET].size, 16);
  assert.throws(() => decodeTrace(sc, new Uint8Array(15), new Uint8Array(1)),
                /truncated/);
  assert.throws(() => schemaFromJSON({ version: 3, recordSize: 12, events: [],
                                       enums: {} }), /16 bytes/);
  assert.throws(() => schemaFromJSON({ version: 2, recordSize: 16, events: [],
                                       enums: {} }), /version 3/);
  assert.throws(() => schemaFromJSON({ version: 3, recordSize: 16, enums: {},
    events: [{ name: 'X', fields: 'a:weird,,,,' }] }), /unknown field type/);
  assert.throws(() => schemaFromJSON({ version: 3, recordSize: 16, enums: {},
    events: [{ name: 'X', fields: ',,a:int,,', size: 16 }] }), /8 expected/);
});

test('a decoder skips event kinds it does not know', () => {
  const run = runTrace(small);
  const json = { version: run.trace.schema.version, recordSize: 16,
                 events: run.trace.schema.events.map((e) => ({ name: e.name,
                                                              fields: e.fieldsText })),
                 enums: run.trace.schema.enums };
  json.events[json.events.findIndex((e) => e.name === 'LINE')].name = 'NEWER_KIND';
  const t = decodeTrace(schemaFromJSON(json), run.records, run.trace.strings);
  const r = new Replay(t);
  assert.equal(r.lineSteps.length, 2, 'only RETURN and END make line steps now');
  assert.deepEqual(canonicalState(r.state(r.count)).objects,
                   canonicalState(new Replay(run.trace).state(r.count)).objects);
});

test('the GC state says what started each collection', () => {
  const triggers = (file) => {
    const run = runTrace(file);
    const replay = new Replay(run.trace);
    const K = run.trace.K, out = [];
    for (let i = 0; i < run.trace.count; i++) {
      if (run.trace.kind(i) !== K.GC_BEGIN) continue;
      const c = replay.state(i + 1).gc.collecting;
      assert.equal(c.automatic, c.trigger === 'automatic');
      const main = replay.state(i + 1).frames().some((f) => f.kind === 'module');
      out.push(`${c.trigger}${main ? '' : ' after'}`);
    }
    const end = replay.state(replay.count).gc.last;
    assert.equal(end.trigger, 'shutdown', 'the last collection is the shutdown\'s');
    return out;
  };
  const cycle = triggers(path.join(casesDir, 'cycle_gc.py'));
  assert.equal(cycle[0], 'collect', 'gc.collect() while the program runs');
  assert.ok(cycle.slice(1).every((t) => t === 'shutdown after'), cycle.join());
  const gens = triggers(path.join(examplesDir, '8-generations.py'));
  assert.ok(gens.includes('automatic'), gens.join());
  assert.ok(gens.filter((t) => t.endsWith('after')).every((t) => t === 'shutdown after'));
});

test('interned strs, a module\'s __dict__, callbacks and finalizers', () => {
  const at = (run, replay, pred) => {
    for (let i = 0; i < run.trace.count; i++)
      if (pred(run.trace.event(i))) return replay.state(i + 1);
    return null;
  };
  let run = runTrace(path.join(casesDir, 'interned_module_dict.py'));
  let replay = new Replay(run.trace);
  let end = replay.state(replay.lineSteps[replay.lineSteps.length - 2]);
  const strs = [...end.objects()].filter((o) => o.value === "'abc!'");
  assert.ok(strs.length >= 1 && strs.every((o) => o.interned), 'sys.intern');
  const gcMod = [...end.objects()].find((o) => o.layout === 'MODULE' && o.name === 'gc');
  const dict = end.object(gcMod.refs.get('__dict__'));
  assert.equal(dict.layout, 'DICT');
  run = runTrace(path.join(casesDir, 'weakref_gc_callback.py'));
  replay = new Replay(run.trace);
  const K = run.trace.K;
  const first = run.trace.event([...Array(run.trace.count).keys()]
    .find((i) => run.trace.kind(i) === K.WEAKREF_NEW && run.trace.c(i)));
  const cleared = at(run, replay, (e) => e.ev === 'WEAKREF_CLEAR' && e.ref === first.ref);
  assert.equal(cleared.gc.collecting.trigger, 'collect');
  assert.equal(cleared.object(first.ref).refs.get('__callback__'), first.callback,
               'the collector keeps the callback');
  const dead = at(run, replay, (e) => e.ev === 'WEAKREF_CLEAR' && e.ref !== first.ref &&
                  replay.state(e.i).object(e.ref)?.refs?.get('__callback__'));
  assert.equal(dead, null, 'a referent freed by its refcount: the callback goes first');
  run = runTrace(path.join(examplesDir, '6-cycle.py'));
  let byCollector = 0;
  for (let i = 0; i < run.trace.count; i++) {
    const e = run.trace.event(i);
    if (e.ev !== 'FINALIZE_END' || !e.collector) continue;
    assert.equal(e.resurrected, 0, 'the collector reports GC_RESURRECTED');
    byCollector++;
  }
  assert.ok(byCollector > 0);
});

test('jumps after the first pass do not grow the replay\'s arenas', () => {
  const run = runTrace(path.join(casesDir, 'generations.py'));
  const replay = new Replay(run.trace, { checkpointEvery: 256 });
  const first = replay.state(0)._d.nums.top;
  const before = canonicalState(replay.state(1000));
  for (let n = 0; n < replay.count; n += 97) replay.state(n);
  assert.equal(replay.state(0)._d.nums.top, first);
  assert.deepEqual(canonicalState(replay.state(1000)), before);
});
