// view.test.mjs — the memory view's pure modules on real traces (no
// browser): each example runs in the wasm core under Node, and at every
// stop of the player the scene and layout are checked: every name and
// container slot is drawn, no two nodes overlap, and a node never moves
// once placed (stable layout). Also the narration of every stop.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser.mjs';
import { schemaFromApi, decodeTrace } from '../../web/trace/decoder.js';
import { Replay } from '../../web/trace/replay.js';
import { buildScene, sceneEdges, isInlined, SEQ_SHOWN, ROWS_SHOWN } from '../../web/view/scene.js';
import { nodeSize, SEQ_ROW_W } from '../../web/view/layout.js';
import { landing, PILL_W } from '../../web/view/anchors.js';
import { prelayout } from '../../web/view/prelayout.js';
import { ReachIndex } from '../../web/view/reach.js';
import { narrateStep, narrateEvent, collectionCause } from '../../web/view/narrate.js';
import { stopsOf } from '../../web/player.js';

const wasmDir = path.resolve(ROOT, process.env.REFSCOPE_WASM_DIR || 'build-wasm');
const { default: createRefscope } = await import(path.join(wasmDir, 'refscope.mjs'));
const mod = await createRefscope();
const text = (f) => (...a) => mod.UTF8ToString(f(...a));
const schema = schemaFromApi({
  traceVersion: mod._vm_trace_version, recordSize: mod._vm_trace_record_size,
  eventKindCount: mod._vm_event_kind_count, eventName: text(mod._vm_event_name),
  eventFields: text(mod._vm_event_fields), enumTableCount: mod._vm_enum_table_count,
  enumTableName: text(mod._vm_enum_table_name), enumCount: mod._vm_enum_count,
  enumName: text(mod._vm_enum_name),
});

function replayOf(source) {
  const vm = mod._page_vm_new(0, 0, 0, 0, 0);
  const bytes = new TextEncoder().encode(source);
  const src = mod._malloc(bytes.length + 1);
  mod.HEAPU8.set(bytes, src);
  mod.HEAPU8[src + bytes.length] = 0;
  mod._vm_run(vm, src, bytes.length);
  const at = (p, n) => mod.HEAPU8.slice(p, p + n);
  const trace = decodeTrace(schema,
    at(mod._vm_trace_data(vm), mod._vm_trace_size(vm)),
    at(mod._vm_strings_data(vm), mod._vm_strings_size(vm)));
  mod._free(src);
  mod._vm_free(vm);
  return new Replay(trace);
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

const dir = path.join(ROOT, 'web/examples');
for (const file of fs.readdirSync(dir).filter((f) => /^\d+-.*\.py$/.test(f))) {
  for (const sharedAtoms of [true, false]) {
    test(`${file} (${sharedAtoms ? 'shared' : 'inline'} atoms): scene and layout at every stop`, () => {
      const replay = replayOf(fs.readFileSync(path.join(dir, file), 'utf8'));
      const stops = stopsOf(replay);
      const reach = new ReachIndex(replay, stops);
      const opts = { sharedAtoms };
      const layout = prelayout({ replay, stops, reach }, opts);
      const placed = new Map();
      let prev = 0;
      for (const n of stops) {
        const s = replay.state(n);
        const scene = buildScene(s, opts, reach);
        const pos = layout.place(scene);
        for (const o of scene.objects) {
          const box = pos.nodes.get(o.serial);
          const was = placed.get(o.serial);
          if (was) assert.deepEqual([box.x, box.y], was, `node ${o.serial} moved at ${n}`);
          placed.set(o.serial, [box.x, box.y]);
        }
        const boxes = [...pos.nodes.entries()];
        for (let i = 0; i < boxes.length; i++)
          for (let j = i + 1; j < boxes.length; j++)
            assert.ok(!overlaps(boxes[i][1], boxes[j][1]), `${boxes[i][0]} and ${boxes[j][0]} overlap at ${n}`);
        const edges = new Set(sceneEdges(scene).map((e) => `${e.src}>${e.dst}`));
        for (const f of scene.frames) {
          for (const r of f.rows) {
            const o = s.object(r.target);
            if (!o) continue;
            assert.ok(scene.drawn.has(r.target) ? edges.has(`${f.serial}>${r.target}`) : isInlined(o, opts),
                      `${f.name}.${r.name} at ${n}`);
          }
        }
        for (const o of scene.objects) {
          assert.equal(o.refcnt, s.object(o.serial).refcnt);
          o.slots.forEach((sl) => {
            if (!sl.target || sl.weak) return;
            assert.ok(sl.inline != null || scene.drawn.has(sl.target) || scene.hidden,
                      `slot ${sl.label} of ${o.serial} at ${n}`);
          });
        }
        const words = narrateStep(replay, prev, n);
        assert.ok(words.length > 0, `no narration at ${n}`);
        // A temporary made and freed within the step gets no words.
        assert.ok(!/of an object now refers/.test(words), `at ${n}: ${words}`);
        prev = n;
      }
    });
  }
}

test('a long list wraps its slots in rows and elides after 30, until opened', () => {
  const replay = replayOf('big = [[i] for i in range(70)]\nd = {str(i): i for i in range(40)}\nx = 0\n');
  const stops = stopsOf(replay);
  const s = replay.state([...stops].find((n) => replay.state(n).current.line === 3));
  const nameOf = (scene, name) => scene.frames[0].rows.find((r) => r.name === name).target;
  const opts = { sharedAtoms: false };
  const scene = buildScene(s, opts);
  const big = scene.objects.find((o) => o.serial === nameOf(scene, 'big'));
  assert.equal(big.slots.length, SEQ_SHOWN);
  assert.equal(big.slots[SEQ_SHOWN - 1].more, 70 - (SEQ_SHOWN - 1));
  const size = nodeSize(big);
  assert.ok(size.w <= SEQ_ROW_W + 20 && size.h >= 3 * 40, JSON.stringify(size));
  // The inner lists behind hidden slots are not drawn; no pointer leaves the "more" slot.
  const inner = s.object(big.serial).items;
  assert.ok(scene.drawn.has(inner[0]) && !scene.drawn.has(inner[69]));
  assert.ok(!sceneEdges(scene).some((e) => e.src === big.serial && e.slot === SEQ_SHOWN - 1));
  const d = scene.objects.find((o) => o.serial === nameOf(scene, 'd'));
  assert.equal(d.slots.length, ROWS_SHOWN);
  assert.equal(d.slots[ROWS_SHOWN - 1].more, 40 - (ROWS_SHOWN - 1));
  // Opened: every slot, then a "fewer" slot; every item drawn with its arrow.
  const open = buildScene(s, { sharedAtoms: false, expanded: new Set([big.serial]) });
  const big2 = open.objects.find((o) => o.serial === big.serial);
  assert.equal(big2.slots.length, 71);
  assert.equal(big2.slots[70].more, -1);
  const edges = sceneEdges(open).filter((e) => e.src === big.serial);
  assert.equal(edges.length, 70);
  assert.ok(inner.every((t) => open.drawn.has(t)));
  const layout = prelayout({ replay, stops, reach: new ReachIndex(replay, stops) },
                           { sharedAtoms: false, expanded: new Set([big.serial]) });
  const pos = layout.place(open);
  const boxes = [...pos.nodes.values()];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) assert.ok(!overlaps(boxes[i], boxes[j]));
});

test('words for a frame leaving the stack and for why each collection runs', () => {
  const replay = replayOf('import gc\ndef f():\n    pass\nf()\nx = []\nx.append(x)\ndel x\ngc.collect()\n');
  const t = replay.trace;
  const words = (i) => narrateEvent(replay.event(i), replay.state(i), replay.state(i + 1));
  const exits = [];
  const begins = [];
  for (let i = 0; i < t.count; i++) {
    if (t.eventName(i) === 'FRAME_EXIT') exits.push(words(i));
    if (t.eventName(i) === 'GC_BEGIN') begins.push([words(i), collectionCause(replay.event(i).trigger)]);
  }
  assert.ok(exits.includes('The frame of f() leaves the call stack; its local names are released next.'), exits.join(' | '));
  assert.match(begins[0][0], /\(gc\.collect\(\)\)\.$/);
  assert.equal(begins[0][1], 'gc.collect()');
  // The collections after the program are the shutdown's (GC_BEGIN.trigger).
  const last = begins[begins.length - 1];
  assert.equal(last[1], 'the interpreter\'s shutdown, after the program');
  assert.match(last[0], /shutdown/);
  // A program that does not compile runs nothing: its collections are the shutdown's too.
  const bad = replayOf('x = (\n');
  for (let i = 0; i < bad.trace.count; i++) {
    if (bad.trace.eventName(i) === 'GC_BEGIN')
      assert.match(collectionCause(bad.event(i).trigger), /shutdown/);
  }
});

test('a pointer from above never lands across the gc_refs pill', () => {
  const box = { x: 300, y: 200, w: 176, h: 60 };
  for (const fx of [250, 300, 320, 380, 420, 470]) {
    const p = landing({ x: fx, y: 100 }, box, true);
    assert.ok(p.side !== 'top' || p.x >= box.x + PILL_W + 4, JSON.stringify([fx, p]));
    assert.ok(p.x >= box.x + PILL_W + 4 || p.y >= box.y + 4, JSON.stringify([fx, p]));
  }
  const narrow = { x: 300, y: 200, w: 110, h: 60 };
  for (const fx of [305, 330, 400]) {
    const p = landing({ x: fx, y: 100 }, narrow, true);
    assert.ok(p.side === 'left' || p.side === 'right', JSON.stringify([fx, p]));
  }
  assert.equal(landing({ x: 320, y: 100 }, box, false).x, 320);
});

test('no step narrates an exception raised inside library code (copy.deepcopy)', () => {
  const code = fs.readFileSync(path.join(dir, fs.readdirSync(dir).find((f) => /^2-.*\.py$/.test(f))), 'utf8');
  assert.match(code, /deepcopy/);
  const replay = replayOf(code);
  const stops = stopsOf(replay);
  const lines = code.split('\n').length;
  let prev = 0;
  for (const n of stops) {
    const text = narrateStep(replay, prev, n);
    for (const m of text.matchAll(/raised on line (\d+)/g))
      assert.ok(Number(m[1]) <= lines, `at ${n}: ${text}`);
    prev = n;
  }
});

test('functions and modules are titled with their names (NAME records)', () => {
  const replay = replayOf('import gc\ndef greet():\n    pass\nclass K:\n    def m(self):\n        pass\nx = 1\n');
  const at = replay.lineSteps.find((n) => replay.state(n).current.line === 7);
  const titles = buildScene(replay.state(at), { sharedAtoms: true }).objects.map((o) => o.title);
  assert.ok(titles.includes('function greet'), titles.join(', '));
  assert.ok(titles.includes('module gc'), titles.join(', '));
  assert.ok(titles.includes('class K'), titles.join(', '));
});
