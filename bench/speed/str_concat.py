# Building strings with += in a loop. In a function CPython 3.11 extends
# the local str in place (once the add is specialized); at module level
# (a dict entry, not a fast local) every += copies the string.
def build(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
    t = ""
    for i in range(n // 4):
        t = t + "ab"
    return s, t


s, t = build(1_000_000)
g = ""
for i in range(150_000):
    g += str(i % 10)
print(len(s), s[:20], len(t), len(g), g[-5:])
