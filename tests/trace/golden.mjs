// golden.mjs — the golden form of a decoded trace (the rules of golden.py,
// which checks the CLI's JSON lines against tests/trace/golden/*.jsonl):
// the program's part and END, serials renumbered by first mention, ALLOC
// ids and immortal refcounts dropped, address-like ints as <address>, the
// checkout's path as <root>.
// replay.test.mjs compares the JS decoder's events with the same files.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '../..');
export const GOLDEN_DIR = path.join(here, 'golden');

function isAddress(text) {
  if (!/^\d+$/.test(text)) return false;
  const v = BigInt(text);
  return v >= 2n ** 32n && v < 2n ** 48n;
}

// Golden lines (JSON text, keys in the CLI's order) of a decoded Trace.
export function goldenLines(trace) {
  const names = { obj: new Map(), frame: new Map() };
  const rename = (kind, v) => {
    if (!v) return v;
    const table = names[kind];
    if (!table.has(v)) table.set(v, `${kind[0]}${table.size + 1}`);
    return table.get(v);
  };
  const out = [];
  let moduleFrame = 0;
  for (let i = 0; i < trace.count; i++) {
    const e = trace.event(i);
    delete e.i;
    const fields = trace.schema.events[trace.kind(i)].fields;
    if (e.ev === 'ALLOC' || e.ev === 'MOVE') delete e.id;
    if (e.ev === 'OBJECT' && (e.flags & 1)) delete e.refcnt;
    if (e.ev === 'VALUE' && isAddress(e.repr)) e.repr = '<address>';
    if (e.ev === 'FRAME_PUSH' && e.kind === 'module' && !moduleFrame)
      moduleFrame = e.frame;
    const done = e.ev === 'FRAME_POP' && moduleFrame && e.frame === moduleFrame;
    for (const f of fields) {
      if (f && (f.type === 'obj' || f.type === 'frame') && f.name in e)
        e[f.name] = rename(f.type, e[f.name]);
    }
    out.push(e);
    if (done) break;
  }
  const last = trace.count ? trace.event(trace.count - 1) : null;
  if (last && last.ev === 'END' && out[out.length - 1].ev !== 'END')
    out.push({ ev: 'END', status: last.status, exit_code: last.exit_code });
  return out.map((e) => JSON.stringify(e).split(ROOT).join('<root>'));
}

// The stored golden lines for a program, or null.
export function readGolden(file) {
  const base = path.basename(file, '.py');
  const name = (file.includes(`${path.sep}examples${path.sep}`) ? 'example-' : '') +
    base + '.jsonl';
  const p = path.join(GOLDEN_DIR, name);
  return existsSync(p) ? readFileSync(p, 'utf8').split('\n').filter(Boolean) : null;
}
