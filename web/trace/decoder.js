// decoder.js — decodes Refscope's binary event trace (records of 4 to 16
// bytes, the size fixed by the kind, plus a NUL-separated string table)
// using the self-description the VM exports (event names and fields, enum
// tables): no event list is copied here.
// Contract: web/trace/STATE.md; the events: core/TRACE.md.

// Field types of "name:type" specs (trace_events.h).
const FIELD_TYPES = new Set(['obj', 'frame', 'str', 'int', 'sint', 'enum']);

function parseField(spec) {
  if (!spec) return null;
  const colon = spec.indexOf(':');
  const name = spec.slice(0, colon);
  let type = spec.slice(colon + 1);
  let table = null;
  if (type.startsWith('enum:')) {
    table = type.slice(5);
    type = 'enum';
  }
  if (!FIELD_TYPES.has(type)) throw new Error(`unknown field type ${spec}`);
  return { name, type, table };
}

// Five field slots per record: x8, x16, a, b, c.
function parseFields(fields) {
  const parts = fields.split(',');
  if (parts.length !== 5) throw new Error(`bad field list "${fields}"`);
  return parts.map(parseField);
}

// Bytes of a record (core/TRACE.md, "Records"): the header word (kind, x8,
// x16), then a, b, c up to the last field the event uses.
function recordSize(fields) {
  let words = 1;
  for (let k = 2; k < 5; k++) if (fields[k]) words = k;
  return 4 * words;
}

// The schema from the wasm exports (see STATE.md for the `api` object).
export function schemaFromApi(api) {
  const events = [];
  for (let k = 0; k < api.eventKindCount(); k++)
    events.push({ name: api.eventName(k), fields: api.eventFields(k),
                  size: api.eventSize ? api.eventSize(k) : undefined });
  const enums = {};
  for (let t = 0; t < api.enumTableCount(); t++) {
    const values = [];
    for (let v = 0; v < api.enumCount(t); v++) values.push(api.enumName(t, v));
    enums[api.enumTableName(t)] = values;
  }
  return schemaFromJSON({
    version: api.traceVersion(), recordSize: api.recordSize(), events, enums,
  });
}

// STATE.md's `api` object from an Emscripten module of the core (its
// exported _vm_* functions and UTF8ToString).
export function apiFromModule(m) {
  const s = (f) => (...args) => m.UTF8ToString(f(...args));
  return {
    traceVersion: m._vm_trace_version,
    recordSize: m._vm_trace_record_size,
    eventKindCount: m._vm_event_kind_count,
    eventName: s(m._vm_event_name),
    eventFields: s(m._vm_event_fields),
    eventSize: m._vm_event_size,
    enumTableCount: m._vm_enum_table_count,
    enumTableName: s(m._vm_enum_table_name),
    enumCount: m._vm_enum_count,
    enumName: s(m._vm_enum_name),
  };
}

// The schema from JSON: {version, recordSize, events: [{name, fields,
// size}], enums: {table: [names]}} where fields is trace_events.h's comma
// list, size the bytes of the kind's records (optional: it follows from the
// fields) and recordSize the largest record.
export function schemaFromJSON(obj) {
  if (obj.recordSize !== 16) throw new Error('records must be 16 bytes at most');
  if (!(obj.version >= 3)) throw new Error(`trace format ${obj.version}: version 3 or later expected`);
  const events = obj.events.map((e) => {
    const fields = parseFields(e.fields);
    const size = recordSize(fields);
    if (e.size !== undefined && e.size !== size)
      throw new Error(`${e.name}: records of ${e.size} bytes, ${size} expected`);
    return { name: e.name, fieldsText: e.fields, fields, size };
  });
  const kinds = Object.create(null);
  events.forEach((e, k) => { kinds[e.name] = k; });
  return { version: obj.version, recordSize: 16, events, kinds,
           enums: obj.enums };
}

function toBytes(data) {
  if (data instanceof Uint8Array) return data;
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new Error('expected bytes');
}

// A decoded trace: the records as one Uint32Array of 4 words per record
// (kind | x8 << 8 | x16 << 16, a, b, c; unused fields 0) and the string
// table.
export class Trace {
  constructor(schema, words, strings) {
    this.schema = schema;
    this.words = words;
    this.count = words.length >>> 2;
    this.strings = strings;
    this.K = schema.kinds;       // event name -> kind number
    this._strCache = new Map();
    this._decoder = new TextDecoder('utf-8');
  }

  kind(i) { return this.words[i << 2] & 0xff; }
  x8(i) { return (this.words[i << 2] >>> 8) & 0xff; }
  x16(i) { return this.words[i << 2] >>> 16; }
  a(i) { return this.words[(i << 2) + 1]; }
  b(i) { return this.words[(i << 2) + 2]; }
  c(i) { return this.words[(i << 2) + 3]; }
  eventName(i) { return this.schema.events[this.kind(i)].name; }

  // The NUL-terminated string at [offset] of the string table.
  str(offset) {
    if (offset === 0) return '';
    let s = this._strCache.get(offset);
    if (s !== undefined) return s;
    let end = offset, ascii = true;
    const bytes = this.strings;
    while (end < bytes.length && bytes[end] !== 0) ascii = bytes[end++] < 0x80 && ascii;
    // Short ASCII strings (names, small reprs) are most: no TextDecoder.
    s = ascii && end - offset <= 64
      ? String.fromCharCode.apply(null, bytes.subarray(offset, end))
      : this._decoder.decode(bytes.subarray(offset, end));
    this._strCache.set(offset, s);
    return s;
  }

  enumName(table, value) {
    const names = this.schema.enums[table];
    return names && value < names.length ? names[value] : value;
  }

  // The raw value of field slot [k] (0 x8, 1 x16, 2 a, 3 b, 4 c) of event i.
  raw(i, k) {
    switch (k) {
      case 0: return this.x8(i);
      case 1: return this.x16(i);
      case 2: return this.a(i);
      case 3: return this.b(i);
      default: return this.c(i);
    }
  }

  // Event i as `refscope trace` prints it: {i, ev, field: value, ...}.
  event(i) {
    const ev = this.schema.events[this.kind(i)];
    const out = { i, ev: ev.name };
    ev.fields.forEach((f, k) => {
      if (!f) return;
      const v = this.raw(i, k);
      if (f.type === 'str') out[f.name] = this.str(v);
      else if (f.type === 'sint') out[f.name] = v | 0;
      else if (f.type === 'enum') out[f.name] = this.enumName(f.table, v);
      else out[f.name] = v;
    });
    return out;
  }
}

// Decodes [records] (little-endian, each vm_event_size bytes of its kind)
// and [strings]. Both are copied: the caller may free or grow the memory
// they live in. A kind this schema does not know ends the trace (its size
// is unknown); a record cut short is dropped.
export function decodeTrace(schema, records, strings) {
  const rb = toBytes(records);
  if (rb.byteLength % 4 !== 0) throw new Error('truncated trace');
  const src = rb.byteOffset % 4 === 0
    ? new Uint32Array(rb.buffer, rb.byteOffset, rb.byteLength >>> 2)
    : new Uint32Array(rb.slice().buffer);
  const words = expand(src, schema.events.map((e) => e.size >>> 2));
  return new Trace(schema, words, toBytes(strings).slice());
}

// The records of [src] at 4 words each.
function expand(src, sizeList) {
  const sizes = new Uint8Array(256);
  sizeList.forEach((w, k) => { sizes[k] = w; });
  let count = 0, n = src.length;
  for (let p = 0; p < n; count++) {
    const size = sizes[src[p] & 0xff];
    if (size === 0 || p + size > n) {
      n = p;
      break;
    }
    p += size;
  }
  const words = new Uint32Array(count * 4);
  for (let p = 0, q = 0; p < n; q += 4) {
    const w0 = src[p];
    const size = sizes[w0 & 0xff];
    words[q] = w0;
    if (size > 1) {
      words[q + 1] = src[p + 1];
      if (size > 2) {
        words[q + 2] = src[p + 2];
        if (size > 3) words[q + 3] = src[p + 3];
      }
    }
    p += size;
  }
  return words;
}
