#!/usr/bin/env python3
# gen_codepoints.py — python3's view of every code point, for
# `test_text --codepoints -`: predicates, decimal/digit values, all six case
# methods on the one-character string, cased / case-ignorable behaviour seen
# through title() and final-sigma lower(), line breaking and repr().
# Lines equal to default_line(cp) (most unassigned code points) are left out;
# the C side computes that default itself. Usage: gen_codepoints.py | ...
import sys
import unicodedata

SIGMA, FINAL = '\u03a3', '\u03c2'


def enc(s, c):
    return '=' if s == c else 'x' + s.encode('utf-8', 'surrogatepass').hex()


def escape(cp):
    if cp <= 0xFF:
        return "'\\x%02x'" % cp
    if cp <= 0xFFFF:
        return "'\\u%04x'" % cp
    return "'\\U%08x'" % cp


def default_line(cp):
    return '%x 000000000000 -1 -1 = = = = = = 0010 %s' % (
        cp, enc(escape(cp), None))


def bits(values):
    return ''.join('1' if v else '0' for v in values)


def cp_line(cp):
    c = chr(cp)
    preds = (c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(),
             c.isalnum(), c.isspace(), c.islower(), c.isupper(), c.istitle(),
             c.isidentifier(), c.isprintable(), ('a' + c).isidentifier())
    dec = int(c) if c.isdecimal() else -1
    maps = (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(),
            c.capitalize())
    ctx = ((c + 'A').title()[-1] == 'a',
           ('a' + c + SIGMA).lower()[-1] == FINAL,
           ('a' + SIGMA + c).lower()[1] == FINAL,
           len(('a' + c + 'b').splitlines()) == 2)
    return '%x %s %d %d %s %s %s' % (
        cp, bits(preds), dec, unicodedata.digit(c, -1),
        ' '.join(enc(m, c) for m in maps), bits(ctx), enc(repr(c), None))


def main():
    out = sys.stdout
    for cp in range(0x110000):
        text = cp_line(cp)
        if text != default_line(cp):
            out.write(text + '\n')


if __name__ == '__main__':
    main()
