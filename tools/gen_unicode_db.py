#!/usr/bin/env python3
# gen_unicode_db.py — writes core/unicode_db.{h,c}: the Unicode character
# database (CPython 3.11, Unicode 14.0.0) as compact two-level lookup tables.
# Every property is read from python3's own str methods and unicodedata, so
# the tables agree with the interpreter that is our oracle. Run from the repo
# root: python3 tools/gen_unicode_db.py  (see core/unicode_db.h for the layout)
import array
import gzip
import os
import struct
import sys
import unicodedata

MAX_CP = 0x110000
# Property flags, in bit order. The names become UNICODE_<NAME> in C.
FLAGS = ['ALPHA', 'DECIMAL', 'DIGIT', 'NUMERIC', 'SPACE', 'LOWER', 'UPPER',
         'TITLE', 'CASED', 'CASE_IGNORABLE', 'PRINTABLE', 'XID_START',
         'XID_CONTINUE', 'LINEBREAK', 'SPECIAL_CASE']
BIT = {name: 1 << i for i, name in enumerate(FLAGS)}
NO_VALUE = 15  # decimal/digit nibble meaning "none"


# ---- Deriving properties from python3 -------------------------------------

def is_cased(c):
    # str.title() lowercases a letter that follows a cased character.
    return (c + 'A').title()[-1] == 'a'


def is_case_ignorable(c, cased):
    # lower() picks final sigma by skipping case-ignorable characters.
    if cased:
        return ('a\u03a3' + c).lower()[1] == '\u03c2'
    return ('a' + c + '\u03a3').lower()[-1] == '\u03c2'


def char_flags(c):
    cased = is_cased(c)
    tests = {
        'ALPHA': c.isalpha(), 'DECIMAL': c.isdecimal(),
        'DIGIT': c.isdigit(), 'NUMERIC': c.isnumeric(),
        'SPACE': c.isspace(), 'LOWER': c.islower(), 'UPPER': c.isupper(),
        'TITLE': c.istitle() and not c.isupper(), 'CASED': cased,
        'CASE_IGNORABLE': is_case_ignorable(c, cased),
        'PRINTABLE': c.isprintable(),
        'XID_START': c.isidentifier() and c != '_',
        'XID_CONTINUE': ('a' + c).isidentifier(),
        'LINEBREAK': len(('a' + c + 'b').splitlines()) == 2,
    }
    return sum(BIT[k] for k, v in tests.items() if v)


def case_maps(c):
    return (c.upper(), c.lower(), c.title(), c.casefold())


def is_special(maps):
    upper, lower, title, fold = maps
    return any(len(m) != 1 for m in maps) or fold != lower


def char_props(c):
    flags = char_flags(c)
    maps = case_maps(c)
    dec = unicodedata.decimal(c, NO_VALUE)
    dig = unicodedata.digit(c, NO_VALUE)
    if is_special(maps):
        flags |= BIT['SPECIAL_CASE']
        deltas = (0, 0, 0)
    else:
        deltas = tuple(ord(m) - ord(c) for m in maps[:3])
    return (flags, dec | dig << 4), deltas, maps


# ---- Three-level tables ----------------------------------------------------

def intern(values):
    # Returns (unique values in first-seen order, record number of each).
    ids, records = {}, []
    out = []
    for v in values:
        if v not in ids:
            ids[v] = len(records)
            records.append(v)
        out.append(ids[v])
    return records, out


def int_type(max_value):
    return 'uint8_t' if max_value < 256 else 'uint16_t'


def type_size(ctype):
    return 1 if ctype == 'uint8_t' else 2


def split_table(index, shift):
    # Cuts [index] into blocks of 2**shift values and dedupes the blocks:
    # returns (block number per block position, concatenated unique blocks).
    size = 1 << shift
    blocks, block_ids, index1 = [], {}, []
    for start in range(0, len(index), size):
        block = tuple(index[start:start + size])
        if block not in block_ids:
            block_ids[block] = len(blocks)
            blocks.append(block)
        index1.append(block_ids[block])
    index2 = [v for b in blocks for v in b]
    return index1, index2


def array_bytes(values):
    return len(values) * type_size(int_type(max(values)))


def best_split(index):
    # Three levels: top[cp >> (s1 + s2)] picks a run of mid blocks,
    # mid[...] picks a leaf block of 2**s2 record numbers.
    best = None
    for s2 in range(2, 9):
        blocks, leaf = split_table(index, s2)
        for s1 in range(2, 10):
            top, mid = split_table(blocks, s1)
            size = array_bytes(top) + array_bytes(mid) + array_bytes(leaf)
            if best is None or size < best[0]:
                best = (size, s1, s2, top, mid, leaf)
    return best


# ---- Special casing (one-to-many mappings, casefold != lower) --------------

def special_tables(specials):
    # Each mapping is stored once in a flat code point array as a length
    # word followed by its code points; entries point at it by offset.
    data, where, entries = [], {}, []
    for cp, maps in specials:
        offsets = []
        for m in maps:
            key = tuple(ord(x) for x in m)
            if key not in where:
                where[key] = len(data)
                data.extend((len(key),) + key)
            offsets.append(where[key])
        entries.append((cp, offsets))
    return entries, data


# ---- C output --------------------------------------------------------------

class Output:
    """Collects C text and the byte size of every table it defines."""

    def __init__(self):
        self.text = []
        self.blob = bytearray()  # the tables' bytes, to estimate gzip size

    def add(self, text):
        self.text.append(text)

    def array(self, ctype, name, values, static=True):
        fmt = {'uint8_t': 'B', 'uint16_t': 'H', 'uint32_t': 'I'}[ctype]
        self.blob += array.array(fmt, values).tobytes()
        rows = [', '.join(str(v) for v in values[i:i + 12])
                for i in range(0, len(values), 12)]
        body = ''.join(f'  {row},\n' for row in rows)
        prefix = 'static const' if static else 'const'
        self.add(f'{prefix} {ctype} {name}[{len(values)}] = {{\n{body}}};\n')

    def records(self, ctype, name, rows, fmt):
        for row in rows:
            self.blob += struct.pack(fmt, *row)
        body = ''.join('  {' + ', '.join(str(v) for v in row) + '},\n'
                       for row in rows)
        self.add(f'static const {ctype} {name}[{len(rows)}] = {{\n{body}}};\n')


def emit_lookup(out, name, size, s1, s2, top, mid, leaf):
    out.array(int_type(max(top)), f'{name}_top', top)
    out.array(int_type(max(mid)), f'{name}_mid', mid)
    out.array(int_type(max(leaf)), f'{name}_leaf', leaf)
    out.add(f"""
static unsigned {name}_record(uint32_t cp) {{
  if (cp >= 0x110000) return 0;
  unsigned mid = {name}_top[cp >> {s1 + s2}];
  unsigned leaf = {name}_mid[(mid << {s1}) | ((cp >> {s2}) & {(1 << s1) - 1})];
  return {name}_leaf[(leaf << {s2}) | (cp & {(1 << s2) - 1})];
}}

""")


HEADER = """\
// unicode_db.h — the Unicode character database (Unicode {version}, as in
// CPython 3.11): per code point property flags, decimal/digit values and case
// mappings. GENERATED by tools/gen_unicode_db.py from python3's own str
// methods and unicodedata; do not edit. Wrapped by unicode_char.h.
#ifndef core_unicode_db_h
#define core_unicode_db_h

#include <stdint.h>

#define UNICODE_DB_VERSION "{version}"

// Property flags (UnicodeProps.flags). SPECIAL_CASE: the case mappings are
// in unicode_db_special (one-to-many, or casefold differs from lower).
enum {{
{flags}
}};

#define UNICODE_NO_VALUE {no_value} // decimal/digit nibble: no value

typedef struct UnicodeProps {{
  uint16_t flags;
  uint8_t values; // decimal value (low nibble), digit value (high nibble)
}} UnicodeProps;

// Simple case mappings as offsets: upper(cp) == cp + upper, and so on.
typedef struct UnicodeCaseDelta {{
  int32_t upper, lower, title;
}} UnicodeCaseDelta;

// Full mappings of a SPECIAL_CASE code point: each of upper, lower, title and
// fold is an offset into unicode_db_special_data where {{n, cp1, ..., cpn}}
// is stored (n <= 3).
typedef struct UnicodeSpecialCase {{
  uint32_t cp;
  uint16_t upper, lower, title, fold;
}} UnicodeSpecialCase;

typedef {unit} UnicodeSpecialUnit;

// Returns the properties of [cp]; values past U+10FFFF read as unassigned.
const UnicodeProps *unicode_db_props(uint32_t cp);
// Returns the simple case offsets of [cp] (zero for SPECIAL_CASE ones).
const UnicodeCaseDelta *unicode_db_case(uint32_t cp);
// Returns the full mappings of a SPECIAL_CASE [cp], or NULL.
const UnicodeSpecialCase *unicode_db_special(uint32_t cp);
// The code point sequences that UnicodeSpecialCase entries point into.
extern const UnicodeSpecialUnit unicode_db_special_data[];

#endif
"""

SOURCE_HEAD = """\
// unicode_db.c — Unicode {version} tables as three-level lookups (top block,
// mid block, leaf record number). GENERATED by tools/gen_unicode_db.py; do
// not edit. Layout and accessors are described in unicode_db.h.
#include "unicode_db.h"

#include <stddef.h>

"""

ACCESSORS = """\
const UnicodeProps *unicode_db_props(uint32_t cp) {
  return &props_records[props_record(cp)];
}

const UnicodeCaseDelta *unicode_db_case(uint32_t cp) {
  return &case_records[case_record(cp)];
}

const UnicodeSpecialCase *unicode_db_special(uint32_t cp) {
  size_t lo = 0, hi = sizeof special_records / sizeof special_records[0];
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (special_records[mid].cp == cp) return &special_records[mid];
    if (special_records[mid].cp < cp) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}
"""


def special_unit(data):
    return 'uint16_t' if max(data) < 0x10000 else 'uint32_t'


def emit_header(version, data):
    flags = '\n'.join(f'  UNICODE_{n} = 1 << {i},' for i, n in
                      enumerate(FLAGS))
    return HEADER.format(version=version, flags=flags, no_value=NO_VALUE,
                         unit=special_unit(data))


def collect():
    props, deltas, specials = [], [], []
    for cp in range(MAX_CP):
        c = chr(cp)
        p, d, maps = char_props(c)
        props.append(p)
        deltas.append(d)
        if p[0] & BIT['SPECIAL_CASE']:
            specials.append((cp, maps))
    return props, deltas, specials


def build(props, deltas, specials):
    prop_recs, prop_index = intern([(0, NO_VALUE | NO_VALUE << 4)] + props)
    case_recs, case_index = intern([(0, 0, 0)] + deltas)
    prop_split = best_split(prop_index[1:])
    case_split = best_split(case_index[1:])
    entries, data = special_tables(specials)
    out = Output()
    out.add(SOURCE_HEAD.format(version=unicodedata.unidata_version))
    out.records('UnicodeProps', 'props_records', prop_recs, '<HBx')
    out.records('UnicodeCaseDelta', 'case_records', case_recs, '<iii')
    emit_lookup(out, 'props', *prop_split)
    emit_lookup(out, 'case', *case_split)
    out.array(special_unit(data), 'unicode_db_special_data', data, False)
    rows = [(cp,) + tuple(offs) for cp, offs in entries]
    out.records('UnicodeSpecialCase', 'special_records', rows, '<IHHHH')
    out.add('\n' + ACCESSORS)
    print(f'props: {len(prop_recs)} records, {prop_split[0]} index bytes\n'
          f'case: {len(case_recs)} records, {case_split[0]} index bytes\n'
          f'special: {len(entries)} code points, {len(data)} units',
          file=sys.stderr)
    return out, data


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
    out, data = build(*collect())
    header = emit_header(unicodedata.unidata_version, data)
    with open(os.path.join(root, 'core', 'unicode_db.h'), 'w') as f:
        f.write(header)
    with open(os.path.join(root, 'core', 'unicode_db.c'), 'w') as f:
        f.write(''.join(out.text))
    blob = bytes(out.blob)
    print(f'tables: {len(blob)} bytes raw, '
          f'{len(gzip.compress(blob, 9))} bytes gzip -9', file=sys.stderr)


if __name__ == '__main__':
    main()
