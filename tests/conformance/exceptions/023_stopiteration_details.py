it = iter([1])
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
def gen():
    yield 1
g = gen()
for v in g:
    print("value", v)
print(next(g, "default"))
