# Strs interned while the program runs get the interned flag (OBJECT again);
# a module imported by the program points at its namespace (__dict__).
import sys
import gc

a = "".join(["ab", "c!"])
b = sys.intern(a)
print(b is a)
c = sys.intern("".join(["ab", "c!"]))
print(c is a)
d = gc.__dict__
print(type(d).__name__, "collect" in d)
