five = 5
none = None
tests = [("iter(5)", lambda: iter(5)), ("iter(None)", lambda: iter(None)),
         ("len(5)", lambda: len(5)), ("len(iter([]))", lambda: len(iter([]))),
         ("five[0]", lambda: five[0]), ("none['a']", lambda: none['a']),
         ("next(5)", lambda: next(5)), ("next([])", lambda: next([])),
         ("5 in 5", lambda: 5 in five), ("1 in None", lambda: 1 in none),
         ("int[0]", lambda: int[0]), ("len.x", lambda: len.x)]
for t, fn in tests:
    try:
        fn()
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
class NotIt:
    def __iter__(self):
        return [1, 2]
try:
    for x in NotIt():
        pass
except TypeError as e:
    print(e)
def s1():
    t = (1, 2)
    t[0] = 3
def s2():
    t = (1, 2)
    del t[0]
def s3():
    t = (1, 2)
    del t['a']
def s4():
    s = 'ab'
    s[0] = 'x'
class C:
    pass
def s5():
    c = C()
    del c[0]
def s6():
    C()[0] = 1
def s7():
    return C()[0]
def s8():
    r = range(3)
    del r[0]
def s9():
    x = 5
    del x[0]
for fn in [s1, s2, s3, s4, s5, s6, s7, s8, s9]:
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, "->", e)
