def try_fmt(fmt, args):
    try:
        return fmt % args
    except (TypeError, ValueError, KeyError) as e:
        return f"{type(e).__name__}: {e}"
print(try_fmt("%d %d", (1,)))
print(try_fmt("%d", (1, 2)))
print(try_fmt("%d", "x"))
print(try_fmt("%(a)s", {"b": 1}))
print(try_fmt("%z", 1))
print(try_fmt("%s and %s", ("a", "b")))
