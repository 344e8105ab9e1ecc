// first-run.mjs — the first example's run made at build time by the same
// wasm core the page uses (web/worker/runner.js under Node), written as
// dist/first-run.bin (format: web/worker/firstrun.js). On a first visit
// (no saved text, no link) the page draws it at once while its worker
// starts; every other run is made by the worker.
import fs from 'node:fs';
import path from 'node:path';
import { Runner } from '../worker/runner.js';
import { DEFAULT_LIMITS } from '../worker/protocol.js';
import { encodeFirstRun } from '../worker/firstrun.js';

// Writes [out]/first-run.bin for a run of [source] by the module built in
// [wasmDir]. Returns its size in bytes.
export async function writeFirstRun(wasmDir, source, out) {
  const { default: createRefscope } = await import(path.join(wasmDir, 'refscope.mjs'));
  const runner = new Runner(await createRefscope());
  runner.prepareSpare();            // as the worker does before its first run
  const result = runner.run(0, source, DEFAULT_LIMITS);
  const bytes = encodeFirstRun(source, runner.schemaJSON(), { ...result, ms: 0 });
  fs.writeFileSync(path.join(out, 'first-run.bin'), bytes);
  return bytes.length;
}
