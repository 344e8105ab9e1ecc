class Empty(Exception):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom text"
errors = [
    ValueError(), ValueError("a"), ValueError("a", 2), ValueError(None),
    KeyError("k"), KeyError(1, 2), KeyError(), IndexError(3),
    Empty(), Empty("x"), WithStr("ignored"), OSError("disk"),
    StopIteration(7), SystemExit(3), ZeroDivisionError("z"),
]
for e in errors:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
print(WithStr("a").args)
