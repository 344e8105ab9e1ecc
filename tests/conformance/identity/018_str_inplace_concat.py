# s += t on a function's local str: once CPython 3.11 has quickened the code
# and specialized the add (BINARY_OP_INPLACE_ADD_UNICODE), it extends the str
# in place when the variable holds the only reference, so id(s) stays the
# same while the block has room. Module-level code never does this.
import sys


def grow(n, start):
    s = start * 1
    same = []
    for i in range(n):
        before = id(s)
        s += "x"
        same.append(id(s) == before)
    return s, "".join("1" if b else "0" for b in same)


for call in range(3):
    s, pattern = grow(40, "ab")
    print(len(s), pattern, sys.getrefcount(s))


def shared():
    s = "ab" * 5
    for i in range(20):
        t = s
        s += "y"
        if t is s or t != s[:-1]:
            print("shared str changed")
    return s


print(shared())


def blocked():
    out = []
    s = "cd" * 5
    for i in range(20):
        before = id(s)
        if i == 12:
            hash(s)  # a hashed str is never resized
        if i == 15:
            s = sys.intern(s)
        s += "z"
        out.append(id(s) == before)
    return "".join("1" if b else "0" for b in out)


print(blocked())


def kinds():
    out = []
    s = "ab" * 5
    for piece in ["x"] * 10 + ["\xe9", "y", "\xe9", "\u20ac", "z", "\u20ac",
                               "\U0001f600", "w", "\u20ac", "v"]:
        before = id(s)
        s += piece
        out.append(id(s) == before)
    return s, "".join("1" if b else "0" for b in out)


print(kinds())


def self_add():
    s = "q" * 3
    for i in range(12):
        s += s[:1]
        s = s + "r"
    e = ""
    for i in range(12):
        e += ""
        e = "" + e
    t = "p" * 2
    for i in range(12):
        e2 = ""
        e2 += t
        if e2 is not t:
            print("empty += t is not t")
    return s, e


print(self_add())


def switch(vals):
    acc = vals[0]
    same = []
    for v in vals[1:]:
        before = id(acc)
        acc += v
        same.append(id(acc) == before)
    return "".join("1" if b else "0" for b in same)


switch(list(range(30)))
print(switch(["s"] * 130))
print(switch(["t"] * 30))

s = "m" * 3
same = []
for i in range(30):
    before = id(s)
    s += "n"
    same.append(id(s) == before)
print("".join("1" if b else "0" for b in same))
