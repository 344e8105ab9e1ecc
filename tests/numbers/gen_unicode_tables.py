#!/usr/bin/env python3
"""Prints the Unicode tables of core/numfmt_ascii.c (whitespace and the
zero of every decimal-digit run) from python3's own unicodedata, so that
int() and float() accept the same characters as CPython 3.11.

Usage: python3 tests/numbers/gen_unicode_tables.py > /tmp/tables.inc
and paste the two arrays into core/numfmt_ascii.c."""
import unicodedata

spaces = [c for c in range(128, 0x110000) if chr(c).isspace()]
zeros = [c for c in range(128, 0x110000) if unicodedata.decimal(chr(c), -1) == 0]
assert all(unicodedata.decimal(chr(z + i), -1) == i for z in zeros for i in range(10))
count = sum(1 for c in range(128, 0x110000) if unicodedata.decimal(chr(c), -1) >= 0)
assert count == 10 * len(zeros)


def rows(values):
    items = ['0x%X' % v for v in values]
    out, line = [], '   '
    for item in items:
        if len(line) + len(item) + 2 > 78:
            out.append(line)
            line = '   '
        line += ' ' + item + ','
    out.append(line)
    return '\n'.join(out)


print('// Unicode %s (python3 unicodedata): non-ASCII whitespace.' %
      unicodedata.unidata_version)
print('static const uint32_t SPACES[] = {\n%s\n};' % rows(spaces))
print('// First code point of every run of ten decimal digits 0..9.')
print('static const uint32_t DIGIT_ZEROS[] = {\n%s\n};' % rows(zeros))
