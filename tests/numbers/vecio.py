"""Output helpers shared by the vector generators: field escaping (tabs,
newlines, backslashes and non-printable bytes become \\xHH), hex() of
ints, double bit patterns, and Python exceptions as "!Type: message"."""
import struct


def esc(value):
    if isinstance(value, str):
        value = value.encode('utf-8', 'surrogatepass')
    out = []
    for b in value:
        if b == 0x5C:
            out.append('\\\\')
        elif 0x20 <= b < 0x7F:
            out.append(chr(b))
        else:
            out.append('\\x%02x' % b)
    return ''.join(out)


def emit(out, op, *fields):
    out.write(op + '\t' + '\t'.join(esc(f) for f in fields) + '\n')


def bits(d):
    return '0x%016x' % struct.unpack('<Q', struct.pack('<d', d))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def error(e):
    return '!%s: %s' % (type(e).__name__, e)


def attempt(fn, show=str):
    try:
        return show(fn())
    except (ValueError, ZeroDivisionError, OverflowError, TypeError,
            MemoryError) as e:
        return error(e)
