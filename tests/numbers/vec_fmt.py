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


def pct_arg(value):
    if isinstance(value, int):
        return 'i:' + hex(value)
    if isinstance(value, float):
        return 'f:' + bits(value)
    return 's:' + value


def py_pct(fmt, args):
    try:
        return fmt % args
    except (ValueError, OverflowError) as e:
        return error(e)


def random_conv(rng):
    flags = ''.join(rng.choice('-+ #0') for _ in range(rng.choice([0, 0, 1, 2, 3])))
    width = rng.choice(['', '', '5', '12', '1', '30'])
    prec = rng.choice(['', '', '.0', '.1', '.3', '.10', '.25', '.'])
    length = rng.choice(['', '', '', 'l', 'h', 'L'])
    return '%' + flags + width + prec + length


def pct_vectors(rng, scale, out):
    from vec_big import rand_int
    n = int(5000 * scale)
    for _ in range(n):
        kind = rng.random()
        if kind < 0.35:
            conv = rng.choice('diuoxX')
            value = rng.choice([0, 5, -5, 255, -255, 2 ** 70, -2 ** 70,
                                rand_int(rng), rng.randint(-10 ** 6, 10 ** 6)])
        elif kind < 0.7:
            conv = rng.choice('eEfFgG')
            value = rng.choice([0.0, -0.0, 1.5, -1.5, float('inf'), float('nan'),
                                float('-inf'), 1e100, 123.456, -0.000123,
                                random_double(rng)])
        elif kind < 0.9:
            conv = rng.choice('sra')
            value = rng.choice(['', 'abc', 'caf\u00e9', '\u20ac' * 5, "it's",
                                'tab\t', '\U0001d11e'])
        else:
            conv = 'c'
            value = rng.choice(['x', '\u00e9', '\U0001d11e', 65, 0x20AC,
                                0x10FFFF, 0x110000, -1, 2 ** 64])
        fmt = random_conv(rng) + conv
        if rng.random() < 0.2:
            fmt = rng.choice(['x', '\u00e9 ', '<']) + fmt + rng.choice(['', ' %%', '!'])
        text = value
        if conv == 'r':
            text = repr(value)
        elif conv == 'a':
            text = ascii(value)
        emit(out, 'pct', fmt, pct_arg(text), py_pct(fmt, (value,)))
    for _ in range(n // 5):  # '*' width and precision
        w = rng.randint(-15, 15)
        p = rng.randint(-3, 12)
        value = random_double(rng)
        fmt = '%*.*' + rng.choice('eEfFgG')
        emit(out, 'pct', fmt, pct_arg(w), pct_arg(p), pct_arg(value),
             py_pct(fmt, (w, p, value)))
        x = rand_int(rng)
        fmt = '%' + rng.choice(['', '-', '0', '+']) + '*' + rng.choice('dxo')
        emit(out, 'pct', fmt, pct_arg(w), pct_arg(x), py_pct(fmt, (w, x)))
    bad = ['%', 'abc%', '%-', '%5', '%.', '%l', '%(a', '%y', '%\u00e9',
           'ab\u20ac%y', '%5%', '%%', '%\x00', '%.1000000000000f', '%ld',
           '%' + '9' * 25 + 'd', '%0', '% ', '%#', '%+', '%*', '%.*',
           '%.5', '%lL', '%Ld', '%(a)s', '%(a)5.2f', '%(a', '%(a(b)', '%(a(b))s',
           '%10.3', 'x' * 5 + '%q', '%-+ #0123.456hd', '%-04c']
    for fmt in bad:
        for value in [7, 2.5, 'str']:
            args = (value,)
            if fmt.startswith('%(') or '%(a' in fmt:
                name = 'a(b)' if '(b)' in fmt else 'a'
                try:
                    expected = py_pct(fmt, {name: value})
                except TypeError:
                    continue
                emit(out, 'pct', fmt, name + '=' + pct_arg(value), expected)
                continue
            try:
                expected = fmt % args
            except TypeError:
                continue  # the VM's errors, not numfmt's
            except (ValueError, OverflowError) as e:
                expected = error(e)
            emit(out, 'pct', fmt, pct_arg(value), expected)


def parse_text(rng):
    r = rng.random()
    if r < 0.3:
        return repr(random_double(rng))
    if r < 0.6:
        mant = str(rng.randrange(10 ** rng.randint(1, 25)))
        if rng.random() < 0.5:
            i = rng.randrange(len(mant) + 1)
            mant = mant[:i] + '.' + mant[i:]
        exp = rng.choice(['', 'e%d' % rng.randint(-400, 400),
                          'E+%d' % rng.randint(0, 30), 'e-0%d' % rng.randint(0, 9)])
        s = rng.choice(['', '-', '+']) + mant + exp
    else:
        s = rng.choice(['inf', 'INF', '-Infinity', 'nan', '+nAn', '-nan',
                        'infinit', 'in', 'nana', '1_000', '1__0', '_1', '1_',
                        '1_.5', '1._5', '1e1_0', '1e_1', '0x10', '.', 'e5',
                        '1e', '1e+', '.e1', '5.', '.5', '  7  ', '\u0663.\u0661',
                        '\u00a01.5\u2003', '1.5\x00', '', ' ', '1 2', '--1',
                        '1e5.5', '٣e٢', '1\u00e9', '\x1c1', '1.5j', '0_0.0_0',
                        '9' * 400, '0.' + '0' * 400 + '1', '1e-400', '1e400',
                        '2.4703282292062328e-324', '2.4703282292062327e-324',
                        '1.7976931348623158e308', '1.797693134862315807e308'])
    if rng.random() < 0.3:
        i = rng.randrange(len(s) + 1)
        s = s[:i] + rng.choice(['_', ' ', 'x', '.', 'e', '-', '0']) + s[i:]
    return s


def parse_vectors(rng, scale, out):
    for _ in range(int(20000 * scale)):
        s = parse_text(rng)
        try:
            expected = bits(float(s))
        except ValueError as e:
            expected = error(e)
        emit(out, 'parsefloat', s, repr(s), expected)


def round_vectors(rng, scale, out):
    values = [0.5, 1.5, 2.5, -0.5, -2.5, 2.675, 1.005, 0.125, 0.375, 1e300,
              -1e300, 5e-324, 1.7976931348623157e308, float('inf'),
              float('nan'), 0.0, -0.0, 123456.789, 2.0 ** 52 + 0.5, 4.5e15 + 0.5]
    values += [random_double(rng) for _ in range(int(8000 * scale))]
    values += [rng.randint(-10 ** 6, 10 ** 6) / rng.choice([2, 4, 8, 10, 100, 1000])
               for _ in range(int(4000 * scale))]
    for d in values:
        emit(out, 'round', bits(d), 'None', attempt(lambda: round(d), hex))
        for n in [0, 1, 2, 3, -1, -2, 10, 15, 17, 300, 323, 324, -308, -309,
                  rng.randint(-20, 20)]:
            emit(out, 'round', bits(d), str(n), attempt(lambda: round(d, n), bits))


def float_op_vectors(rng, scale, out):
    special = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, 3.0, -3.0, float('inf'),
               float('-inf'), float('nan'), 1e308, 5e-324, 1e-300, 7.5, -7.5,
               1e16, 0.1]
    pairs = [(a, b) for a in special for b in special]
    pairs += [(random_double(rng), random_double(rng))
              for _ in range(int(5000 * scale))]
    pairs += [(rng.uniform(-100, 100), rng.uniform(-10, 10))
              for _ in range(int(5000 * scale))]
    ops = {'div': lambda a, b: bits(a / b),
           'floordiv': lambda a, b: bits(a // b),
           'mod': lambda a, b: bits(a % b),
           'divmod': lambda a, b: ' '.join(bits(v) for v in divmod(a, b)),
           'pow': lambda a, b: pow_text(a, b)}
    for a, b in pairs:
        for name, fn in ops.items():
            emit(out, 'fop', name, bits(a), bits(b), attempt(lambda: fn(a, b)))
    for d in [x for x, _ in pairs] + special:
        emit(out, 'fhash', bits(d), str(hash(d)) if d == d else '0')
        emit(out, 'isint', bits(d), str(d.is_integer()))


def pow_text(a, b):
    if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
        return 'complex'  # float_pow hands these to complex pow
    r = a ** b
    return 'complex' if isinstance(r, complex) else bits(r)


SECTIONS += [('fmt_pct', pct_vectors), ('fmt_parse', parse_vectors),
             ('fmt_round', round_vectors), ('fmt_ops', float_op_vectors)]


def literal_and_limit_vectors(rng, scale, out):
    """Float literal tokens, and ints past the 4300-digit limit."""
    for s in ['1.5', '1_000.5', '1e5', '1E-5', '.5', '5.', '0.0', '1_0e1_0',
              '3.141_592', '1e400', '1e-400', '0e0', '00.5', '1_2.3_4e-1_0']:
        emit(out, 'floatlit', s, bits(float(s)))
    for x in [10 ** 4299, 10 ** 4300, -10 ** 4300, 10 ** 5000]:
        for spec in ['', 'd', ',', '_', 'x', '_x', '>5000', 'n', 'e', '.3f',
                     'c', 'b']:
            emit(out, 'fmtint', hex(x), spec, '4300', py_format(x, spec))
        for fmt in ['%d', '%x', '%10d', '%.5d', '%o']:
            emit(out, 'pct', fmt, pct_arg(x), py_pct(fmt, (x,)))
    for d in [1.5, 5e-324, 1.7976931348623157e308, 0.1, -2.5e-300]:
        for spec in ['.1100f', '.1200f', '.3000e', '.1099e', '.800g',
                     '#.1500g', '.1500', '.2000%']:
            emit(out, 'fmtfloat', bits(d), spec, py_format(d, spec))
        emit(out, 'pct', '%.2500f', pct_arg(d), py_pct('%.2500f', (d,)))


SECTIONS += [('fmt_limits', literal_and_limit_vectors)]
