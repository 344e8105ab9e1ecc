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
