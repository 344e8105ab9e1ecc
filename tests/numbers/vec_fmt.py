"""Vectors for core/numfmt: float repr and PyOS_double_to_string, the
format() mini-language, printf-style conversions, float() parsing, round()
and float arithmetic, all computed by python3."""
import math
import struct

from vecio import attempt, bits, emit, error, from_bits


def edge_doubles():
    out = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e16, 1e15, 9999999999999998.0,
           1e-4, 1e-5, 0.0001, 0.00001, 123456789012345678.0, 1e22, 1e23,
           5e-324, 1e-323, 2.2250738585072014e-308, 2.225073858507201e-308,
           1.7976931348623157e308, float('inf'), float('-inf'), float('nan'),
           2.0 ** 52, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
           0.3, 2.675, 1.005, 0.125, 0.375, 9.5, 99.5, 0.05, 1e100, 1e-100,
           4.35, 1/3, 2/3, 100.0, 123.456, 1e300 * 10, 3.0e-310]
    for e in range(-1074, 1024):  # every power of two: asymmetric margins
        p = math.ldexp(1.0, e)
        out += [p, math.nextafter(p, 0), math.nextafter(p, math.inf)]
    for k in range(-325, 309):
        try:
            d = float('1e%d' % k)
        except OverflowError:
            continue
        out += [d, math.nextafter(d, 0), math.nextafter(d, math.inf)]
    return out


def random_double(rng):
    r = rng.random()
    if r < 0.5:
        return from_bits(rng.getrandbits(64))
    if r < 0.85:  # decimal-ish: few digits, any exponent
        digits = str(rng.randrange(1, 10 ** rng.randint(1, 17)))
        return float('%s.%se%d' % (digits[0], digits[1:] or '0',
                                   rng.randint(-330, 310)))
    return rng.uniform(-1e6, 1e6) if r < 0.95 else float(rng.randint(-2 ** 60, 2 ** 60))


def reprs(rng, scale, out):
    values = edge_doubles() + [random_double(rng) for _ in range(int(1000000 * scale))]
    for d in values:
        emit(out, 'repr', bits(d), repr(d))


SECTIONS = [('fmt_repr', reprs)]


def doubles_text(rng, scale, out):
    """PyOS_double_to_string through format(x, '[+][z][#].<p><code>')."""
    values = edge_doubles()[:60] + [random_double(rng)
                                    for _ in range(int(20000 * scale))]
    for d in values:
        for _ in range(4):
            code = rng.choice('eEfFgG')
            p = rng.choice([0, 1, 2, 3, 5, 6, 10, 16, 17, 20, 30,
                            rng.randint(0, 120)])
            flags = rng.randrange(16) & ~2  # no ADD_DOT_0 here
            spec = ('+' if flags & 1 else '') + ('z' if flags & 8 else '') + \
                ('#' if flags & 4 else '') + '.%d%s' % (p, code)
            emit(out, 'dbl', bits(d), code, str(p), str(flags), format(d, spec))


FILLS = ['', '', '', '*', '0', ' ', '\u00e9', '\u20ac', '\U0001d11e', '<',
         '{', '_', ',']


def random_spec(rng, types):
    parts = []
    if rng.random() < 0.4:
        parts.append(rng.choice(FILLS) + rng.choice('<>^='))
    elif rng.random() < 0.2:
        parts.append(rng.choice('<>^='))
    parts.append(rng.choice(['', '', '+', '-', ' ']))
    if rng.random() < 0.1:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.2:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 5, 10, 12, 20, 30, rng.randint(0, 60)])))
    r = rng.random()
    if r < 0.15:
        parts.append(',')
    elif r < 0.3:
        parts.append('_')
    if rng.random() < 0.35:
        parts.append('.' + str(rng.choice([0, 1, 2, 3, 6, 10, 17, 25])))
    parts.append(rng.choice(types))
    spec = ''.join(parts)
    if rng.random() < 0.05:  # something invalid
        i = rng.randrange(len(spec) + 1)
        spec = spec[:i] + rng.choice(['.', ',_', '_,', 'q', '%%', '..', 'x',
                                      '\u0663', '999999999999999999999',
                                      '.x', 'ss', 'z', '#']) + spec[i:]
    return spec


INT_TYPES = ['', '', 'd', 'b', 'o', 'x', 'X', 'n', 'c', 'e', 'f', 'g', '%',
             'E', 'F', 'G', 's', 'r']
FLOAT_TYPES = ['', '', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', 'd', 'x', 's']
STR_TYPES = ['', '', 's', 'd', 'r']


def py_format(value, spec):
    try:
        return format(value, spec)
    except (ValueError, OverflowError) as e:
        return error(e)


def format_specs(rng, scale, out):
    from vec_big import rand_int
    n = int(6000 * scale)
    for _ in range(n):
        spec = random_spec(rng, INT_TYPES)
        x = rng.choice([0, 1, -1, 65, 0x10FFFF, 0x110000, -5, 2 ** 70,
                        rand_int(rng), rng.randint(-10 ** 6, 10 ** 6)])
        emit(out, 'fmtint', hex(x), spec, '4300', py_format(x, spec))
    for _ in range(n):
        spec = random_spec(rng, FLOAT_TYPES)
        d = rng.choice([0.0, -0.0, float('inf'), float('-inf'), float('nan'),
                        -0.0001, 1234567.891, random_double(rng),
                        rng.uniform(-1e7, 1e7)])
        emit(out, 'fmtfloat', bits(d), spec, py_format(d, spec))
    words = ['', 'a', 'hello', 'caf\u00e9', '\u20ac\u20ac\u20ac', 'x' * 40,
             '\U0001d11e\U0001d11e', 'tab\there']
    for _ in range(n // 2):
        spec = random_spec(rng, STR_TYPES)
        s = rng.choice(words)
        emit(out, 'fmtstr', s, spec, py_format(s, spec))
    fixed = ['', ',', '_', ',d', '_x', '_b', '_o', '_X', ',x', '_n', ',n',
             '010,', '08,', '09_', '011_x', '=10', '0=10', 'x=10', '^', '.',
             '.2', '10.', ',_', '_,', ',,', '__', 'z', 'z.2f', '#', '#c', '+c',
             ' c', '.2c', 'c', 'zd', '.1d', '099999999999999999999', 'é^10',
             '\u0661\u0660', '.\u0663f', '\x00<5', '>\x00', 'ss', 's', '=5s',
             '+s', ' s', '#s', 'zs', ',s', '.0s', '.0', '.0g', '#.0g', '#.0f',
             '#.0e', '#g', '#x', '#o', '#b', '#X', '-#010x', '+#010X', '%',
             '.0%', '#.0%', '10.3%', 'n', '.3n', '0n', '=^10', '0<10', '0^10',
             '00', '0', '1' * 30, '.' + '1' * 30]
    for spec in fixed:
        for x in [0, 7, -7, 1234567, -1234567, 2 ** 80, 255, 0x10FFFF]:
            emit(out, 'fmtint', hex(x), spec, '4300', py_format(x, spec))
        for d in [0.0, -0.0, 1.5, -1234567.25, 1e300, 5e-324, 0.1,
                  float('inf'), float('nan'), 1e16, 123456789.0]:
            emit(out, 'fmtfloat', bits(d), spec, py_format(d, spec))
        for s in ['', 'ab', 'caf\u00e9']:
            emit(out, 'fmtstr', s, spec, py_format(s, spec))


SECTIONS += [('fmt_double', doubles_text), ('fmt_spec', format_specs)]
