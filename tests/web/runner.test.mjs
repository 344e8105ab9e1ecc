// runner.test.mjs — the worker's runner (web/worker/runner.js) when the
// browser's stack overflows inside the wasm module (core/LIMITS.md,
// "Nesting in the page"): the run ends as the 'stack' limit with the output
// and trace made until then, and asks for a fresh module (restart). The
// overflow is real: the run is started under deep JavaScript recursion, so
// that the little stack left runs out inside the module's repr of a nested
// list (well within the page's C depth limit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT } from './browser.mjs';
import { Runner } from '../../web/worker/runner.js';
import { DEFAULT_LIMITS } from '../../web/worker/protocol.js';
import { schemaFromJSON, decodeTrace } from '../../web/trace/decoder.js';
import { Replay } from '../../web/trace/replay.js';

const wasmDir = path.resolve(ROOT, process.env.REFSCOPE_WASM_DIR || 'build-wasm');
const { default: createRefscope } = await import(path.join(wasmDir, 'refscope.mjs'));

const SOURCE = 'print("before")\na = []\nfor i in range(500):\n    a = [a]\n' +
  's = repr(a)\nprint("after", len(s))\n';

// Calls [fn] under [depth] frames of JavaScript recursion.
function under(depth, fn) {
  return depth === 0 ? fn() : under(depth - 1, fn);
}

// Runs SOURCE in a fresh module under more and more recursion until the
// module overflows; returns that result and its runner, or null.
async function overflowingRun() {
  for (let depth = 1000; depth < 200000; depth = Math.ceil(depth * 1.15)) {
    const runner = new Runner(await createRefscope());
    let result;
    try {
      result = under(depth, () => runner.run(1, SOURCE, DEFAULT_LIMITS));
    } catch (err) {
      if (err instanceof RangeError) return null; // ours overflowed first
      throw err;
    }
    if (result.restart) return { result, runner };
    assert.equal(result.status, 'ok', 'a run the stack holds ends normally');
  }
  return null;
}

test('a stack overflow inside the module ends the run as a limit and asks for a fresh module', async () => {
  const found = await overflowingRun();
  assert.ok(found, 'some recursion depth made the module overflow');
  const { result, runner } = found;
  assert.equal(result.status, 'limit');
  assert.equal(result.limit.name, 'stack');
  assert.match(result.limit.message, /deeper than the browser's stack allows/);
  assert.equal(result.stdout, 'before\n', 'the output until then is kept');
  assert.ok(runner.broken);
  // The trace until then replays, with the first print in it.
  const trace = decodeTrace(schemaFromJSON(runner.schemaJSON()), result.records, result.strings);
  const replay = new Replay(trace);
  assert.ok(replay.lineSteps.length > 3);
  assert.equal(replay.state(replay.count).output(1), 'before\n');
});

test('a fresh module runs the same program to its end', async () => {
  const runner = new Runner(await createRefscope());
  const result = runner.run(1, SOURCE, DEFAULT_LIMITS);
  assert.equal(result.status, 'ok');
  assert.equal(result.restart, undefined);
  assert.match(result.stdout, /^before\nafter \d+\n$/);
});
