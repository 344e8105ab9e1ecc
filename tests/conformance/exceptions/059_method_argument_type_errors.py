def show(f):
    try:
        f()
    except TypeError as e:
        print(e)
show(lambda: "a".startswith(1))
show(lambda: "a".endswith([1]))
show(lambda: "x".replace(1, 2))
show(lambda: "abc".find(None))
show(lambda: "abc".count(3))
show(lambda: "a b".split(maxsplit="2"))
show(lambda: [3, 1].sort(reverse=None) or None)
show(lambda: [1].extend(5))
show(lambda: [1].insert("0", 2))
show(lambda: {}.update(3))
show(lambda: "abc".strip(5))
show(lambda: str.upper(5))
show(lambda: list.append((), 1))
show(lambda: "x".zfill("3"))
