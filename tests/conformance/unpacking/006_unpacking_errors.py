def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
def two(v):
    a, b = v
def at_least_two(v):
    a, b, *c = v
attempt("two([1])", lambda: two([1]))
attempt("two([1,2,3])", lambda: two([1, 2, 3]))
attempt("two(7)", lambda: two(7))
attempt("at_least_two('a')", lambda: at_least_two("a"))
attempt("at_least_two('abc')", lambda: at_least_two("abc"))
