# Like one-character strs, one-byte bytes made at run time come from a
# cache of 256 shared objects (and b'' is a singleton).
src = b"ABC"
a1 = src[0:1]
a2 = bytes([65])
a3 = "A".encode()
a4 = b"xAy".strip(b"xy")
a5 = bytes.fromhex("41")
print(a1 is a2, a2 is a3, a3 is a4, a4 is a5)
print(src[1:2] is src[1:2], b"-".join([src[2:3]]) is src[2:3])
e = b""
print(src[5:] is e, bytes() is e, e.join([]) is e, src.replace(src, e) is e)
up = b"a".upper()
print(up == b"A", up is a1)
# They are static objects whose refcount starts near a billion.
import sys
print(sys.getrefcount(bytes([200])), sys.getrefcount(b"xyz"[1:2]) - 999999999)
