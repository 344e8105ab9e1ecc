# strip returns the string itself when there is nothing to remove, and a
# cached one-character string when one character is left.
s = "no spaces here"
print(s.strip() is s, s.lstrip() is s, s.rstrip() is s, s.strip("z") is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
A = chars[0]  # the cached one-character str
empty = ""
print(" A ".strip() is A, "xAx".strip("x") is A)
print("   ".strip() is empty, "aaa".strip("a") is empty)
padded = "  word  "
print(padded.strip() == "word", padded.strip() is padded)
