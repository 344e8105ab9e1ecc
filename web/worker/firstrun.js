// firstrun.js — the file format of first-run.bin, the first example's run
// made at build time (web/build/first-run.mjs) that the page draws on a
// first visit while its worker starts (client.js):
//   "RSF1", then three parts, each a little-endian u32 length and bytes:
//   JSON {source, schema, result without the trace}, trace records, strings.

const MAGIC = 'RSF1';

// The bytes of a first-run file for a run of [source].
export function encodeFirstRun(source, schema, { records, strings, ...result }) {
  const head = new TextEncoder().encode(JSON.stringify({ source, schema, result }));
  const parts = [head, new Uint8Array(records), new Uint8Array(strings)];
  const out = new Uint8Array(4 + parts.reduce((n, p) => n + 4 + p.length, 0));
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(MAGIC), 0);
  let at = 4;
  for (const p of parts) {
    view.setUint32(at, p.length, true);
    out.set(p, at + 4);
    at += 4 + p.length;
  }
  return out;
}

// {source, schema, result} (a RunResult, protocol.js) from the bytes of a
// first-run file (an ArrayBuffer), or null if they are not one.
export function decodeFirstRun(buf) {
  if (!buf || buf.byteLength < 16) return null;
  if (new TextDecoder().decode(new Uint8Array(buf, 0, 4)) !== MAGIC) return null;
  const view = new DataView(buf);
  let at = 4;
  const part = () => {
    const n = view.getUint32(at, true);
    const bytes = buf.slice(at + 4, at + 4 + n);
    at += 4 + n;
    return bytes;
  };
  const head = JSON.parse(new TextDecoder().decode(part()));
  const records = part(), strings = part();
  return { source: head.source, schema: head.schema,
           result: { ...head.result, records, strings } };
}
