// pretty.mjs — prints a snippet's trace compactly for review: one event a
// line, objects shown as #serial<value or type>, announcements and GC
// count updates left out (unless --all).
//   node tests/trace/pretty.mjs [--all] FILE.py
import { runTrace } from './harness.mjs';
import { Replay } from '../../web/trace/replay.js';

const args = process.argv.slice(2);
const all = args[0] === '--all';
const file = args[all ? 1 : 0];
const { trace } = runTrace(file);
const replay = new Replay(trace);
const labels = new Map();

function label(serial) {
  if (!serial) return '0';
  const l = labels.get(serial);
  return l ? `#${serial}<${l}>` : `#${serial}`;
}

for (let i = 0; i < trace.count; i++) {
  const e = trace.event(i);
  const kind = trace.schema.events[trace.kind(i)];
  if (e.ev === 'VALUE') labels.set(e.obj, e.repr);
  if (e.ev === 'TYPE') labels.set(e.type, `class ${e.name}`);
  if ((e.ev === 'ALLOC' || e.ev === 'OBJECT') && !labels.has(e.obj))
    labels.set(e.obj, labels.get(e.type)?.replace('class ', '') || '?');
  if (!all && replay.isQuiet(i)) continue;
  const parts = [String(i).padStart(5), e.ev];
  kind.fields.forEach((f) => {
    if (!f) return;
    const v = e[f.name];
    parts.push(`${f.name}=${f.type === 'obj' ? label(v) : JSON.stringify(v)}`);
  });
  console.log(parts.join(' '));
}
