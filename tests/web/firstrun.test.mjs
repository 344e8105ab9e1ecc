// firstrun.test.mjs — dist/first-run.bin, the first example's run made at
// build time (web/build/first-run.mjs) that the page draws on a first
// visit, is exactly what the worker's runner makes now for that example
// with the wasm in build-wasm: same source, output, trace and schema.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, DIST } from './browser.mjs';
import { decodeFirstRun } from '../../web/worker/firstrun.js';
import { Runner } from '../../web/worker/runner.js';
import { DEFAULT_LIMITS } from '../../web/worker/protocol.js';

const wasmDir = path.resolve(ROOT, process.env.REFSCOPE_WASM_DIR || 'build-wasm');

test('first-run.bin is the first example run by the current core', async () => {
  const bytes = fs.readFileSync(path.join(DIST, 'first-run.bin'));
  const file = decodeFirstRun(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  assert.ok(file, 'first-run.bin decodes');
  const source = fs.readFileSync(path.join(ROOT, 'web/examples/1-names.py'), 'utf8');
  assert.equal(file.source, source);
  const { default: createRefscope } = await import(path.join(wasmDir, 'refscope.mjs'));
  const runner = new Runner(await createRefscope());
  runner.prepareSpare();
  const now = runner.run(0, source, DEFAULT_LIMITS);
  assert.deepEqual(file.schema, runner.schemaJSON());
  for (const k of ['status', 'exitCode', 'stdout', 'stderr', 'error', 'limit'])
    assert.deepEqual(file.result[k], now[k], k);
  assert.deepEqual(new Uint8Array(file.result.records), new Uint8Array(now.records));
  assert.deepEqual(new Uint8Array(file.result.strings), new Uint8Array(now.strings));
  assert.ok(file.result.records.byteLength > 1000, 'a real trace');
});
