def show(f):
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
def two_from(seq):
    a, b = seq
def three_from(seq):
    a, b, c = seq
def star_from(seq):
    a, b, *rest, c = seq
def call_star(x):
    print(*x)
def call_kw(x):
    dict(**x)
show(lambda: two_from([1, 2, 3]))
show(lambda: three_from((1, 2)))
show(lambda: two_from(5))
show(lambda: two_from(None))
show(lambda: star_from([1, 2]))
show(lambda: two_from("abc"))
show(lambda: two_from({"k": 1}))
show(lambda: call_star(1))
show(lambda: call_kw([1]))
show(lambda: call_kw({1: 2}))
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
