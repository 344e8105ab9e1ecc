class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents / 100:.2f}"
    def __repr__(self):
        return f"Money({self.cents})"
m = Money(12345)
print("{} {!r}".format(m, m))
print(f"{m!s:>12}|")
print("%s / %r" % (m, m))
print(str(m).rjust(10, "."))
