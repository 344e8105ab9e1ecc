# Case mapping always builds a new string, even a one-character one,
# while the empty result is the shared empty string.
# One-character strs made at run time come from a cache.
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
a = chars[6]
A = chars[0]
X = chars[3]
empty = ""
print(a.upper() is A, A.lower() is a, a.upper() == A)
print(empty.upper() is empty, empty.lower() is empty)
s = "already lower"
t = s.lower()
print(t == s, t is s)
x = chars[9]
print(x.title() is X, x.capitalize() is X, x.swapcase() is X)
print("é".upper() == "É", "É".casefold())
