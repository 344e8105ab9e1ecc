class Thing:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
t = Thing()
s = "café"
print(f"{t} {t!s} {t!r} {t!a}")
print(f"{s!r} {s!a} {s!s}")
print(f"{['é']!a} {1.5!r} {None!s}")
print(f"{s!r:>10}|{t!s:*^9}|")
