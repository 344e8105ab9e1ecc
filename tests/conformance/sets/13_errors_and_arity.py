s = {1, 2}
tests = [
    "s.remove(3)", "s.remove((1, 2))", "set().pop()", "s.add([1])", "{[1]}",
    "set([1, [2]])", "frozenset([{}])", "s.add()", "s.add(1, 2)", "s.pop(1)",
    "s.copy(1)", "s.update(x=1)", "s.union(x=1)", "s.issubset()", "set(1, 2)",
    "set(x=1)", "frozenset(1, 2)", "set(5)", "frozenset().add(1)", "hash(set())",
    "s.__contains__()", "frozenset().union(x=1)",
]
for t in tests:
    try:
        eval(t)
        print(t, "ok")
    except Exception as e:
        print(t, "->", type(e).__name__, e)
