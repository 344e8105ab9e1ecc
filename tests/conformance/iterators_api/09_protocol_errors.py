five = 5
none = None
tests = ["iter(5)", "iter(None)", "len(5)", "len(iter([]))", "five[0]", "none['a']",
         "next(5)", "next([])", "5 in 5", "1 in None", "int[0]", "len.x"]
for t in tests:
    try:
        eval(t)
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
for stmt in ["t = (1, 2); t[0] = 3", "t = (1, 2); del t[0]", "t = (1, 2); del t['a']",
             "s = 'ab'; s[0] = 'x'", "class C: pass\nc = C(); del c[0]", "class C: pass\nC()[0] = 1",
             "class C: pass\nC()[0]", "r = range(3); del r[0]", "x = 5; del x[0]"]:
    try:
        exec(stmt)
    except TypeError as e:
        print(repr(stmt), "->", e)
