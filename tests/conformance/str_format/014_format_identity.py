s = "a long enough string"
print("{}".format(s) is s, "{:}".format(s) is s, "{0}".format(s) is s)
print("{!s}".format(s) is s, "x{}".format(s) is s, "{}{}".format(s, "") is s)
print("{}".format(s) == s, s.format() is s)
print(format(s) is s, format(s, "") is s, s.__format__("") is s)
print(format(s, "5") is s, format(s, "<20") is s, format(s, ".50") is s)
print(format(s, "<21") is s, format(s, ".3") is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
A = chars[0]  # cached one-character strs, made at run time
five = chars[13]
print("{}".format(A) is A, "{}".format(5) is five, "{:>1}".format(A) is A)
print(format(5, "") is five, format(65, "c") is A)
empty = ""
print("".format() is empty, "{}".format("") is empty)
