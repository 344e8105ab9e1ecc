# A join of exactly one str gives that str back; anything else builds a new
# string (a new object even when it has one character).
s = "solo string"
print("".join([s]) is s, "-".join([s]) is s, ", ".join((s,)) is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
A = chars[0]  # the cached one-character str
empty = ""
print("".join(["", "A"]) is A, "".join(["A", ""]) is A)
print("".join([]) is empty, "".join(["", ""]) is empty)
class S(str):
    pass
sub = S("sub")
r = "".join([sub])
print(type(r).__name__, r == sub, r is sub)
