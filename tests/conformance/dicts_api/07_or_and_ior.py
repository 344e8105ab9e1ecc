a = {1: "a", 2: "b"}
b = {2: "B", 3: "C"}
print(a | b, b | a, a)
alias = a
a |= b
a |= [(4, "D")]
a |= {5: "E"}.items()
print(a, a is alias)
for t, fn in [('a | [(1, 2)]', lambda: a | [(1, 2)]),
    ('a | 5', lambda: a | 5),
    ('[(1, 2)] | a', lambda: [(1, 2)] | a)]:
    try:
        fn()
    except TypeError as e:
        print(e)
try:
    a |= 5
except TypeError as e:
    print(e)
class Sub(dict):
    pass
print(type(Sub(x=1) | {}).__name__, type({} | Sub(x=1)).__name__)
