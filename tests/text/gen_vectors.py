#!/usr/bin/env python3
# gen_vectors.py — writes test vectors for test_text.c: random strings from
# many scripts run through python3's own str methods, hash() under several
# PYTHONHASHSEEDs, and UTF-8 decoding of random bytes. One vector per line:
# "op field...", strings as x<hex of UTF-8 (surrogatepass)>, None as "-".
# Usage: python3 gen_vectors.py [count-per-op] > vectors.txt
import random
import subprocess
import sys

INT64_MAX = 2**63 - 1
POOLS = {
    'ascii': [chr(c) for c in range(0x20, 0x7F)],
    'control': ['\x00', '\x01', '\x1b', '\x7f', '\t', '\x0b', '\x0c'],
    'space': [' ', '\t', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0',
              '\u1680', '\u2000', '\u2009', '\u200b', '\u202f', '\u3000'],
    'lines': ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x85', '\u2028',
              '\u2029'],
    'latin1': [chr(c) for c in range(0xA0, 0x100)],
    'greek': [chr(c) for c in range(0x370, 0x400)] + ['\u03a3'] * 8 +
             ['\u03c3', '\u03c2', '\u1f88', '\u1fb3', '\u0390'],
    'cjk': [chr(c) for c in range(0x4E00, 0x4E40)] + ['\u3042', '\uac00'],
    'emoji': ['\U0001F600', '\U0001F468', '\u200d', '\U0001F3FD', '\u2764',
              '\ufe0f', '\U0001F1EF', '\U00010400', '\U00010428'],
    'combining': [chr(c) for c in range(0x300, 0x370)] + ['\u0345', '\u00ad',
                                                          "'", '.', ':'],
    'special': ['\u00df', '\u0130', '\u0149', '\u01f0', '\u0390', '\ufb00',
                '\ufb03', '\u01c5', '\u01c4', '\u01c6', '\u1f88', '\u1e9e',
                '\u0587', '\u1e96', '\uab70', '\u13f8', '\u2126', '\u212a',
                '\u0131', '\u017f', '\u1fbc', '\u1ff3', '\u0345'],
    'digits': ['0', '7', '\u0663', '\u096b', '\uff19', '\U0001d7d8',
               '\u00b2', '\u00bd', '\u2460', '\u2167', '\u4e94'],
    'quotes': ["'", '"', '\\', "'", '"'],
    'surrogate': ['\ud800', '\udfff', '\udc80'],
    'identifier': ['_', 'a', 'Z', '9', '\u00b7', '\u0300', '\u2118',
                   '\u212e', '\u309b', '\u0e33'],
}
POOL_NAMES = list(POOLS)
POOL_WEIGHTS = [6, 1, 2, 2, 2, 3, 1, 1, 2, 3, 1, 2, 0.2, 1]


def rand_string(rng, max_len=12):
    n = rng.choice([0, 1, 2, 3, 5, 8, max_len, rng.randrange(max_len + 1)])
    pools = rng.choices(POOL_NAMES, POOL_WEIGHTS, k=rng.randint(1, 3))
    return ''.join(rng.choice(POOLS[rng.choice(pools)]) for _ in range(n))


def rand_needle(rng, s):
    if s and rng.random() < 0.6:
        i = rng.randrange(len(s))
        return s[i:i + rng.randint(1, 3)]
    return rand_string(rng, 3)


def rand_index(rng, n):
    if rng.random() < 0.3:
        return None
    return rng.randint(-n - 3, n + 3)


def enc(s):
    if s is None:
        return '-'
    if isinstance(s, bytes):
        return 'x' + s.hex()
    return 'x' + s.encode('utf-8', 'surrogatepass').hex()


def line(*fields):
    return ' '.join(str(f) for f in fields)


def gen_case(rng, s=None):
    s = rand_string(rng) if s is None else s
    maps = (s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(),
            s.swapcase())
    return line('case', enc(s), *(enc(m) for m in maps))


def gen_repr(rng, s=None):
    s = rand_string(rng) if s is None else s
    return line('repr', enc(s), enc(repr(s)), enc(ascii(s)))


def gen_pred(rng, s=None):
    s = rand_string(rng, 4) if s is None else s
    bits = (s.isalpha(), s.isdecimal(), s.isdigit(), s.isnumeric(),
            s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle(),
            s.isidentifier(), s.isprintable(), s.isascii())
    return line('pred', enc(s), ''.join('1' if b else '0' for b in bits))


def gen_strip(rng, s=None):
    s = rand_string(rng) if s is None else s
    chars = None if rng.random() < 0.5 else rand_needle(rng, s)
    how = rng.randint(1, 3)
    fn = {1: s.lstrip, 2: s.rstrip, 3: s.strip}[how]
    return line('strip', enc(s), enc(chars), how, enc(fn(chars)))


def gen_split(rng, s=None):
    s = rand_string(rng, 16) if s is None else s
    sep = None if rng.random() < 0.5 else rand_needle(rng, s)
    maxsplit = rng.choice([-1, -1, 0, 1, 2, rng.randint(-3, 5)])
    op = rng.choice(['split', 'rsplit'])
    try:
        parts = getattr(s, op)(sep, maxsplit)
    except ValueError:
        return line(op, enc(s), enc(sep), maxsplit, 'E')
    return line(op, enc(s), enc(sep), maxsplit, len(parts),
                *(enc(p) for p in parts))


def gen_splitlines(rng, s=None):
    s = rand_string(rng, 16) if s is None else s
    keep = rng.randint(0, 1)
    parts = s.splitlines(keep)
    return line('splitlines', enc(s), keep, len(parts),
                *(enc(p) for p in parts))


def gen_partition(rng):
    s = rand_string(rng)
    sep = rand_needle(rng, s) if rng.random() < 0.95 else ''
    op = rng.choice(['partition', 'rpartition'])
    try:
        parts = getattr(s, op)(sep)
    except ValueError:
        return line(op, enc(s), enc(sep), 'E')
    return line(op, enc(s), enc(sep), *(enc(p) for p in parts))


def gen_find(rng):
    s = ''.join(rand_string(rng, 16) for _ in range(rng.choice([1, 1, 10])))
    sub = rand_needle(rng, s) if rng.random() < 0.9 else ''
    start, end = rand_index(rng, len(s)), rand_index(rng, len(s))
    op = rng.choice(['find', 'rfind', 'count', 'startswith', 'endswith'])
    result = int(getattr(s, op)(sub, start, end))
    return line(op, enc(s), enc(sub), 0 if start is None else start,
                INT64_MAX if end is None else end, result)


def gen_replace(rng):
    s = rand_string(rng, 16)
    old = rand_needle(rng, s) if rng.random() < 0.9 else ''
    new = rand_string(rng, 3)
    if old is new:  # CPython's identity shortcut is the caller's check
        new = rand_string(rng, 3) + 'x'
    count = rng.choice([-1, -1, 0, 1, 2, rng.randint(-2, 6)])
    r = s.replace(old, new, count)
    return line('replace', enc(s), enc(old), enc(new), count, enc(r),
                int(r is s))


def gen_pad(rng):
    s = rand_string(rng, 8)
    width = rng.randint(-2, len(s) + 6)
    fill = rng.choice([' ', '*', '\u00e9', '\u4e00', '\U0001F600', '0'])
    op = rng.choice(['center', 'ljust', 'rjust', 'zfill', 'expandtabs'])
    if op == 'zfill':
        s = rng.choice(['', '+', '-', '+-']) + s
        r = s.zfill(width)
    elif op == 'expandtabs':
        s = ''.join(rng.choice(['\t', '\t', c]) for c in s + '\t\n\r\t')
        width = rng.randint(-1, 9)
        r = s.expandtabs(width)
    else:
        r = getattr(s, op)(width, fill)
    return line(op, enc(s), width, ord(fill), enc(r), int(r is s))


def gen_join(rng):
    sep = rand_string(rng, 3)
    items = [rand_string(rng, 4) for _ in range(rng.randint(0, 5))]
    return line('join', enc(sep), len(items), *(enc(i) for i in items),
                enc(sep.join(items)))


def gen_compare(rng):
    a = rand_string(rng, 4)
    b = a[:rng.randint(0, len(a))] + rand_string(rng, 3)
    if rng.random() < 0.3:
        a, b = b, a
    if rng.random() < 0.1:
        b = a
    return line('compare', enc(a), enc(b), (a > b) - (a < b))


def gen_stats(rng, s=None):
    # Long strings too, so the sparse index has several marks.
    if s is None:
        s = ''.join(rand_string(rng, 16)
                    for _ in range(rng.choice([1, 1, 30])))
    return line('stats', enc(s), len(s), max(map(ord, s), default=0),
                *(ord(c) for c in s))


def gen_utf8(rng):
    if rng.random() < 0.5:
        b = rand_string(rng).encode('utf-8', 'surrogatepass')
        b = bytearray(b)
        for _ in range(rng.randint(0, 2)):
            if b:
                b[rng.randrange(len(b))] = rng.randrange(256)
        if b and rng.random() < 0.3:
            b = b[:rng.randrange(len(b))]
        b = bytes(b)
    else:
        b = bytes(rng.choice([0x41, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed,
                              0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x90, 0xa0])
                  for _ in range(rng.randint(0, 6)))
    try:
        b.decode('utf-8')
        return line('utf8', enc(b), 'ok')
    except UnicodeDecodeError as e:
        reason = e.reason.replace(' ', '_')
        return line('utf8', enc(b), e.start, e.end, reason)


def decimal_text(rng):
    ws = ['', '', ' ', '\u3000', '\xa0', '\u2003']
    digits = ['0', '5', '9', '\u0663', '\u096b', '\uff19', '\U0001d7d8',
              '\u0e52', '\u1041']
    body = ''.join(rng.choice(digits) for _ in range(rng.randint(1, 15)))
    if rng.random() < 0.2:
        i = rng.randrange(len(body) + 1)
        body = body[:i] + rng.choice(['\u00b2', '\u00bd', 'x', '\u4e94',
                                      '\x7f']) + body[i:]
    sign = rng.choice(['', '', '-', '+'])
    return rng.choice(ws) + sign + body + rng.choice(ws)


def gen_decimal(rng):
    s = decimal_text(rng)
    try:
        return line('decimal', enc(s), int(s))
    except ValueError:
        return line('decimal', enc(s), 'E')


# Fixed strings every string-only generator also sees.
EDGE_STRINGS = [
    '', ' ', '\t\n', 'a', 'A', '\u03a3', 'A\u03a3', '\u03a3A', 'A\u03a3 ',
    "A\u03a3'", "A'\u03a3'B", 'A\u03a3\u0345', '\u1f88\u03a3',
    '\u1f4d\u0394\u03a5\u03a3\u03a3\u0395\u038e\u03a3',
    '\u00df\u0130\u0149\ufb03', "'", '"', '\'"', '\\', '\x00\x7f\x80\xa0',
    '\ud800\udfff', '\U0010ffff', '\U000e0001', 'a\r\nb\r\rc\n',
    '\n\n', '\x1c\x1d\x1e\x1f\x85', '\u2028\u2029', '\u3000a\u3000',
    'hello world', 'Hello World', "they're bill's", '\u01c5a \u01c4A',
    '\u0345\u0399', '\u2167\u2177', '\u24b6\u24d0', '\U00010400',
    '\u10a0\u2d00', '\u1c80\u1c88', '\uab70\u13a0', '\u0587',
]
EDGE_GENERATORS = ['gen_case', 'gen_repr', 'gen_pred', 'gen_strip',
                   'gen_split', 'gen_splitlines', 'gen_stats']

GENERATORS = [gen_case, gen_repr, gen_pred, gen_strip, gen_split,
              gen_splitlines, gen_partition, gen_find, gen_replace, gen_pad,
              gen_join, gen_compare, gen_stats, gen_utf8, gen_decimal]

HASH_SEEDS = [0, 1, 2, 42, 1000, 123456789, 4294967295]
HASH_SCRIPT = ('import sys\n'
               'for l in sys.stdin:\n'
               '    b = bytes.fromhex(l.strip()[1:])\n'
               '    s = b.decode("utf-8", "surrogatepass")\n'
               '    print(hash(s), hash(b))\n')


def gen_hashes(rng, n):
    strings = [rand_string(rng, 20) for _ in range(n)]
    text = ''.join(enc(s) + '\n' for s in strings)
    out = []
    for seed in HASH_SEEDS:
        env = {'PYTHONHASHSEED': str(seed)}
        res = subprocess.run([sys.executable, '-c', HASH_SCRIPT], input=text,
                             capture_output=True, text=True, env=env,
                             check=True)
        for s, h in zip(strings, res.stdout.split('\n')):
            hs, hb = h.split()
            out.append(line('hash', seed, enc(s), hs, hb))
    return out


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
    rng = random.Random(20240611)
    lines = []
    for gen in GENERATORS:
        lines.extend(gen(rng) for _ in range(count))
    for name in EDGE_GENERATORS:
        lines.extend(globals()[name](rng, s) for s in EDGE_STRINGS)
    lines.extend(gen_hashes(rng, count // 4))
    sys.stdout.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
