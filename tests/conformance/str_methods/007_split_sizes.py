import sys
# CPython preallocates room for 12 items in split results.
print(sys.getsizeof("a b".split()))
print(sys.getsizeof("a b".split(" ")))
print(sys.getsizeof("a b c".split(None, 1)))
print(sys.getsizeof("a b".split(" ", 0)))
print(sys.getsizeof("".split()))
print(sys.getsizeof(" ".join("abcdefghijklm").split()))
print(sys.getsizeof("a b".rsplit()))
print(sys.getsizeof("a\nb".splitlines()))
print(sys.getsizeof("a\nb\nc\nd\ne".splitlines()))
s = "unsplittable"
print(s.split()[0] is s, s.split(",")[0] is s, s.rsplit("q")[0] is s)
print(s.splitlines()[0] is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
x = chars[9]  # the cached one-character str
print("x y".split()[0] is x)
