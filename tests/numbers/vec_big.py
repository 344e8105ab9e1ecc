"""Vectors for core/bigint: arithmetic, division, powers, bit operations,
conversions, str() and int() parsing, all computed by python3."""
import math
import sys

from vecio import attempt, bits, emit, error, from_bits

B = 2 ** 30
EDGE = sorted({0, 1, 2, 3, 7, 10, 2 ** 29, B - 1, B, B + 1, 2 ** 31 - 1,
               2 ** 31, 2 ** 32, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 1,
               2 ** 59, B * B - 1, B * B, 2 ** 62, 2 ** 63 - 1, 2 ** 63,
               2 ** 63 + 1, 2 ** 64 - 1, 2 ** 64, 2 ** 90 - 1, 2 ** 90,
               10 ** 9, 10 ** 18, 10 ** 19, 10 ** 30, 2 ** 1023,
               2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971, 2 ** 1024,
               2 ** 1024 - 1, 3 ** 200, 10 ** 308, 10 ** 309, 2 ** 300 + 1})
EDGE = EDGE + [-x for x in EDGE if x]
DIGIT_SET = [0, 1, 2, B // 2 - 1, B // 2, B // 2 + 1, B - 2, B - 1]


def rand_dec(rng, maxdigits=200):
    n = rng.randint(1, maxdigits)
    x = rng.randrange(10 ** (n - 1), 10 ** n) if n > 1 else rng.randrange(10)
    return -x if rng.random() < 0.5 else x


def rand_pattern(rng, maxdigits=30):
    n = rng.randint(1, maxdigits)
    x = 0
    for _ in range(n):
        x = x * B + rng.choice(DIGIT_SET)
    return -x if rng.random() < 0.5 else x


def rand_int(rng, big=False):
    r = rng.random()
    if r < 0.15:
        return rng.choice(EDGE)
    if r < 0.35:
        return rand_pattern(rng, 60 if big else 20)
    if big and r < 0.5:
        return rand_dec(rng, 3000)
    return rand_dec(rng)


def h(x):
    return hex(x)


def arith(rng, scale, out):
    n = int(3000 * scale)
    pairs = [(a, b) for a in EDGE for b in EDGE]
    pairs += [(rand_int(rng), rand_int(rng)) for _ in range(n)]
    pairs += [(rand_int(rng, True), rand_int(rng, True))
              for _ in range(n // 10)]
    for a, b in pairs:
        emit(out, 'add', h(a), h(b), h(a + b))
        emit(out, 'sub', h(a), h(b), h(a - b))
        emit(out, 'mul', h(a), h(b), h(a * b))
        emit(out, 'cmp', h(a), h(b), str((a > b) - (a < b)))
    for a in EDGE + [rand_int(rng, True) for _ in range(n)]:
        emit(out, 'neg', h(a), h(-a))
        emit(out, 'abs', h(a), h(abs(a)))


def karatsuba(rng, scale, out):
    # Sizes around and far above the cutoff, balanced and lopsided.
    for _ in range(int(60 * scale)):
        na, nb = rng.randint(40, 400), rng.randint(40, 1200)
        a = rng.getrandbits(30 * na) | 1 << (30 * na - 1)
        b = rng.getrandbits(30 * nb) | 1 << (30 * nb - 1)
        if rng.random() < 0.3:
            a = B ** na - 1
        if rng.random() < 0.5:
            b = -b
        emit(out, 'mul', h(a), h(b), h(a * b))
        emit(out, 'mul', h(a), h(a), h(a * a))


def division(rng, scale, out):
    n = int(3000 * scale)
    pairs = [(a, b) for a in EDGE for b in EDGE]
    pairs += [(rand_int(rng), rand_int(rng)) for _ in range(n)]
    pairs += [(rand_int(rng, True), rand_int(rng)) for _ in range(n // 10)]
    for _ in range(n):  # quotient digits near the add-back case
        b = rand_pattern(rng, 8) or 1
        q = rand_pattern(rng, 8)
        pairs.append((b * q + rng.choice([0, 1, -1, abs(b) - 1]), b))
    for a, b in pairs:
        emit(out, 'floordiv', h(a), h(b), attempt(lambda: a // b, h))
        emit(out, 'mod', h(a), h(b), attempt(lambda: a % b, h))
        emit(out, 'divmod', h(a), h(b),
             attempt(lambda: divmod(a, b), lambda t: h(t[0]) + ' ' + h(t[1])))
        emit(out, 'truediv', h(a), h(b), attempt(lambda: a / b, bits))
    for _ in range(n):  # quotients near the float limits
        b = rand_int(rng) or 1
        e = rng.choice([1024, 1023, 1000, 60, 0, -1000, -1022, -1074, -1075,
                        -1076, -1080])
        m = rng.randrange(1, 2 ** 60)
        a = m * abs(b) * 2 ** e if e >= 0 else m * abs(b) // 2 ** -e + \
            rng.randrange(-2, 3)
        a = a >> rng.randrange(0, 60)
        emit(out, 'truediv', h(a), h(b), attempt(lambda: a / b, bits))


def powers(rng, scale, out):
    n = int(600 * scale)
    for _ in range(n):
        a = rand_int(rng) if rng.random() < 0.3 else rng.randint(-300, 300)
        e = rng.randint(-3, 60) if rng.random() < 0.9 else rng.randint(0, 400)
        emit(out, 'pow', h(a), h(e), 'None',
             'float' if e < 0 else h(a ** e))
        actual = abs(a ** e).bit_length() if e >= 0 else 0
        emit(out, 'estimate', h(a), h(e), str(actual), 'ok')
    mods = [0, 1, -1, 2, 7, -7, 10 ** 9 + 7, 2 ** 61 - 1, 2 ** 127 - 1,
            -(2 ** 89 - 1), 6, 12]
    for _ in range(n * 3):
        a = rand_int(rng)
        e = rng.choice([rand_int(rng), rng.randint(-5, 100), -1])
        m = rng.choice(mods + [rand_int(rng)])
        emit(out, 'pow', h(a), h(e), h(m), attempt(lambda: pow(a, e, m), h))


def bitops(rng, scale, out):
    n = int(3000 * scale)
    pairs = [(a, b) for a in EDGE for b in EDGE]
    pairs += [(rand_int(rng), rand_int(rng)) for _ in range(n)]
    for a, b in pairs:
        emit(out, 'and', h(a), h(b), h(a & b))
        emit(out, 'or', h(a), h(b), h(a | b))
        emit(out, 'xor', h(a), h(b), h(a ^ b))
    for a in EDGE + [rand_int(rng) for _ in range(n)]:
        emit(out, 'invert', h(a), h(~a))
        for s in [0, 1, 29, 30, 31, 59, 60, 61, 100, 1000,
                  rng.randint(0, 700), -1]:
            emit(out, 'lshift', h(a), str(s), attempt(lambda: a << s, h))
            emit(out, 'rshift', h(a), str(s), attempt(lambda: a >> s, h))
        for s in [0, 5, 2 ** 63 - 1, 2 ** 63, 2 ** 64, 2 ** 70, 10 ** 30, -1,
                  -2 ** 70, 69175290276410818560 - 1, 69175290276410818560,
                  69175290276410818560 - 300]:
            emit(out, 'rshiftby', h(a), h(s), attempt(lambda: a >> s, h))
            if s >= 2 ** 63 or s < 0 or a == 0:  # only the cheap outcomes
                emit(out, 'lshiftby', h(a), h(s), attempt(lambda: a << s, h))


def conversions(rng, scale, out):
    values = EDGE + [rand_int(rng) for _ in range(int(3000 * scale))]
    values += [rng.choice([1, -1]) * (2 ** rng.randint(53, 1100) +
                                      rng.randint(-3, 3) * 2 ** rng.randint(0, 60))
               for _ in range(int(2000 * scale))]
    for x in values:
        emit(out, 'bitlen', h(x), str(x.bit_length()))
        emit(out, 'hash', h(x), str(hash(x)))
        ndig = 0 if x == 0 else (sys.getsizeof(x) - 24) // 4
        emit(out, 'ndigits', h(x), str(ndig))
        emit(out, 'todouble', h(x), attempt(lambda: float(x), bits))
        emit(out, 'toi64', h(x),
             str(x) if -2 ** 63 <= x < 2 ** 63 else 'overflow')
        emit(out, 'tou64', h(x), str(x) if 0 <= x < 2 ** 64 else 'overflow')
    for x in [0, 1, -1, 2 ** 63 - 1, -2 ** 63, B, -B, B * B, -B * B] + \
            [rng.randrange(-2 ** 63, 2 ** 63) for _ in range(500)]:
        emit(out, 'fromi64', str(x), h(x))
    for x in [0, 1, 2 ** 64 - 1, 2 ** 60] + \
            [rng.randrange(0, 2 ** 64) for _ in range(200)]:
        emit(out, 'fromu64', str(x), h(x))
    doubles = [0.0, -0.0, 0.5, -0.99, 1.5, 2.0 ** 63, -2.0 ** 63, 1e300,
               float('inf'), float('-inf'), float('nan'), 9.2e18, 9.3e18,
               2.0 ** 64, 1.7976931348623157e308, 5e-324]
    doubles += [from_bits(rng.getrandbits(64)) for _ in range(2000)]
    doubles += [rng.uniform(-1e20, 1e20) for _ in range(1000)]
    for d in doubles:
        emit(out, 'fromdouble', bits(d), attempt(lambda: int(d), h))


SECTIONS = [('big_arith', arith), ('big_karatsuba', karatsuba),
            ('big_div', division), ('big_pow', powers),
            ('big_bits', bitops), ('big_conv', conversions)]


def to_base(x, base):
    digits = '0123456789abcdefghijklmnopqrstuvwxyz'
    if x == 0:
        return '0'
    s = ''
    while x:
        x, r = divmod(x, base)
        s = digits[r] + s
    return s


def with_limit(limit, fn):
    old = sys.get_int_max_str_digits()
    sys.set_int_max_str_digits(limit)
    try:
        return fn()
    finally:
        sys.set_int_max_str_digits(old)


def text_out(rng, scale, out):
    values = EDGE + [rand_int(rng, True) for _ in range(int(2000 * scale))]
    for x in values:
        emit(out, 'str', h(x), '10', '0', '4300',
             attempt(lambda: with_limit(4300, lambda: str(x))))
        emit(out, 'str', h(x), '16', '0', '0', format(x, 'x'))
        emit(out, 'str', h(x), '16', '1', '0', hex(x))
        emit(out, 'str', h(x), '16', '3', '0', format(x, '#X'))
        emit(out, 'str', h(x), '16', '7', '0', format(abs(x), '#X'))
        emit(out, 'str', h(x), '8', '1', '0', oct(x))
        emit(out, 'str', h(x), '2', '1', '0', bin(x))
        emit(out, 'str', h(x), '10', '4', '0', str(abs(x)))
    near = [10 ** 4299, 10 ** 4300 - 1, 10 ** 4300, 10 ** 4301, 10 ** 640,
            10 ** 639, 10 ** 641, 2 ** 14300, 2 ** 14280, 10 ** 5000 - 1,
            3 ** 9000, 7 ** 5100, 10 ** 9999]
    for x in near + [-v for v in near]:
        for limit in (0, 640, 4300, 5000):
            emit(out, 'str', h(x), '10', '0', str(limit),
                 attempt(lambda: with_limit(limit, lambda: str(x))))


SPACES = [' ', '\t', '\n', '\x0b', '\x0c', '\r', '\xa0', '\u2003', '\u3000',
          '\x85', '\x1c', '\x1f']
JUNK = ['_', '__', 'x', '0x', '+', '-', ' ', '.', 'e', '\x00', '\u0663',
        '\uff11', '\U0001d7d8', 'z', 'Z', '\u00e9', '\x7f', '0b', 'o']
PREFIX = {2: ['0b', '0B'], 8: ['0o', '0O'], 16: ['0x', '0X']}


def underscored(rng, digits):
    if len(digits) < 2 or rng.random() < 0.5:
        return digits
    cut = rng.randrange(1, len(digits))
    return digits[:cut] + '_' + digits[cut:]


def valid_text(rng, base):
    b = base or rng.choice([2, 8, 10, 16])
    x = rand_dec(rng, rng.choice([3, 20, 60]))
    body = underscored(rng, to_base(abs(x), b))
    if rng.random() < 0.3:
        body = body.upper()
    if b in PREFIX and (base == 0 or rng.random() < 0.3):
        body = rng.choice(PREFIX[b]) + rng.choice(['', '_']) + body
    elif base == 0 and b == 10:
        body = body.lstrip('0') or '0'
    if rng.random() < 0.2:  # non-ASCII digits
        zero = rng.choice([0x660, 0x966, 0xFF10, 0x1D7CE])
        body = ''.join(chr(zero + int(c)) if c.isdigit() and
                       rng.random() < 0.5 else c for c in body)
    sign = rng.choice(['', '', '-', '+'])
    pre = ''.join(rng.choice(SPACES) for _ in range(rng.choice([0, 0, 1, 2])))
    post = ''.join(rng.choice(SPACES) for _ in range(rng.choice([0, 0, 1])))
    return pre + sign + body + post


def mutate(rng, s):
    i = rng.randrange(len(s) + 1)
    r = rng.random()
    if r < 0.5:
        return s[:i] + rng.choice(JUNK) + s[i:]
    if r < 0.8 and s:
        return s[:i] + s[i + 1:]
    return s[:i] + rng.choice('0123456789abcdefXOB_') + s[i:]


def parse_vector(out, s, base, limit=4300):
    result = attempt(lambda: with_limit(limit, lambda: int(s, base)), h)
    emit(out, 'parse', s, str(base), str(limit), repr(s), result)


def text_in(rng, scale, out):
    fixed = ['0', '-0', '+0', '00', '0_0', '010', '0_7', '0x', '0x_', '0x_1',
             '0b', '0o_7', '1__0', '1_', '_1', '', ' ', '- 1', '+-1',
             '0 x', '\u0661\u0662', '1\x00', '12\x00', 'z' * 300,
             '\xa012\u2003', '1e5', '0b1', '0B_1_0', ' 0X_F_F ', '9' * 250]
    bases = [0, 2, 3, 8, 10, 16, 36, 7, 1, -1, 37]
    for s in fixed:
        for base in bases:
            parse_vector(out, s, base)
    for _ in range(int(4000 * scale)):
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 3, 7, 36, 32, 4])
        s = valid_text(rng, base)
        if rng.random() < 0.4:
            s = mutate(rng, s)
        parse_vector(out, s, base)
    for n in [640, 641, 4300, 4301, 5000]:
        for s in ['1' * n, '-' + '9' * n, '1' * n + 'x', '1_' * n + '1',
                  '0' * n, ' ' + '7' * n + ' ', 'f' * n]:
            for base in (0, 10, 16, 7):
                for limit in (0, 4300):
                    parse_vector(out, s, base, limit)
    for s in ['0x_1f', '1_000', '0o17', '0b1_0', '00', '0', '0_0', '7' * 500,
              '0XDEAD_beef', '1' * 5000, '123']:
        for limit in (0, 4300):
            emit(out, 'literal', s, str(limit),
                 attempt(lambda: with_limit(limit, lambda: int(s, 0)), h))


SECTIONS += [('big_str', text_out), ('big_parse', text_in)]
