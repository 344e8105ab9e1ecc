# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: the
# codecs raise them with CPython's 5-item args; made by hand they parse
# their arguments, keep encoding/object/start/end/reason, and word str()
# from those (including CPython's quirks for odd start/end values).
tests = [lambda: b'\x00\xff'.decode(), lambda: b'ab\xc3'.decode('utf-8'), lambda: b'\xe4\xbd'.decode(),
         lambda: b'a\x80b'.decode('ascii'), lambda: 'héllo'.encode('ascii'), lambda: 'x\u20ac\U0001f600y'.encode('latin-1'),
         lambda: '\ud800'.encode(), lambda: 'ab\udc80\udc81'.encode('utf-8'), lambda: '€€'.encode('ascii')]
for t in tests:
    try:
        t()
    except UnicodeError as e:
        print(type(e).__name__, e.args)
        print(' ', str(e), '|', e.encoding, ascii(e.object), e.start, e.end, e.reason)
cases = [(UnicodeEncodeError, ('ascii', 'é', 0, 1, 'bad')), (UnicodeEncodeError, ('ascii', 'abc', 0, 2, 'bad')),
         (UnicodeEncodeError, ('x', 'a\U0001f600', 1, 2, 'r')), (UnicodeEncodeError, ('x', 'a\u20ac', 1, 2, 'r')),
         (UnicodeDecodeError, ('utf-8', b'\xff', 0, 1, 'r')), (UnicodeDecodeError, ('c', b'ab', 0, 5, 'r')),
         (UnicodeTranslateError, ('\xe9', 0, 1, 'r')), (UnicodeTranslateError, ('ab', 0, 2, 'r')),
         (UnicodeEncodeError, ('a',)), (UnicodeDecodeError, ('a', 'str', 0, 1, 'r')), (UnicodeEncodeError, (1, 'a', 0, 1, 'r')),
         (UnicodeEncodeError, ('a', 'b', 'c', 1, 'r')), (UnicodeTranslateError, ()), (UnicodeError, ('plain', 1)),
         (UnicodeDecodeError, ('a', b'xyz', 5, 6, 'r')), (UnicodeEncodeError, ('a', 'xyz', -1, 0, 'r'))]
for cls, args in cases:
    try:
        e = cls(*args)
        print(cls.__name__, ascii(str(e)), ascii(e.args), getattr(e, 'encoding', '-'), getattr(e, 'start', '-'))
    except Exception as x:
        print(cls.__name__, type(x).__name__, x)
e = UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 1, 'why')
e.start = 1; e.reason = 'changed'; e.end = 2
print(str(e), repr(e))
try: e.start = 'x'
except TypeError as x: print(x)
e.encoding = 5
print(str(e))
print(UnicodeDecodeError.__mro__[1].__name__, issubclass(UnicodeDecodeError, ValueError))
