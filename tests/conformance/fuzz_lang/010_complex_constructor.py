# complex(): strings (with parentheses, j forms, inf/nan, underscores,
# Unicode digits), __complex__, __float__/__index__ numbers, complex parts;
# +z, __complex__, __getnewargs__.
for s in ['1+2j', ' (1+2j) ', '-1.5e3-2j', 'j', '-j', '+J', '1', '2.5', 'nan+infj', '1+2', '1 + 2j', '', '()', '(1', '1_0+2_0j', 'inf', '-infj', '1e5j', '0x1', '1+2jj', '\u00a01j\u00a0', '(\n1j )', '1-1j', 'NaNj', '+1.j', '.5-.5j']:
    try: print(repr(s), complex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
for a in [(1, 2), ('1', 2), (1, '2'), (1j, 1j), (None,), ([],), (2.5,), (True, False), ('1j', None)]:
    try: print(a, complex(*a))
    except Exception as e: print(a, type(e).__name__, e)
class C:
    def __complex__(self): return 1+1j
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 3
print(complex(C()), complex(F()), complex(I()), complex(F(), F()))
print(complex(real=1, imag=2), complex(imag=3))
for s in ['1__0j', '_1j', '1_j', '١+٢j', '1+2j\x00', ' 1e500j', '-0j', '(-0-0j)', '1e-400+1e400j']:
    try: print(repr(s), complex(s))
    except Exception as e: print(repr(s), type(e).__name__, e)
class C2(complex): pass
c = C2(1, 2)
print(type(c).__name__, c, type(complex(c)).__name__, complex(c) is c, type(C2('3j')).__name__)
z = 1 + 2j
print(complex(z) is z, +z, z.__getnewargs__(), z.__complex__(), type(+C2(1)).__name__)
class Bad:
    def __complex__(self): return 5
try: complex(Bad())
except TypeError as e: print(e)
print(complex(1j, 1j), complex(1j), complex(2, 1j), complex(True))
print(hasattr(1j, '__pos__'), sorted(n for n in dir(1j) if not n.startswith('__'))) 
