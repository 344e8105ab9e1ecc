s = "a string long enough"
print("%s" % s is s, "%s" % (s,) is s, s % () is s)
print("%s!" % s is s, "%r" % s is s, "%20s" % s is s, "%.50s" % s is s)
print("%21s" % s is s, "%.3s" % s is s, "%+s" % s is s)
chars = "ABCXYZabcxyz45 "  # indexing a variable: not folded
A = chars[0]  # cached one-character strs, made at run time
five = chars[13]
empty = ""
print("%s" % "A" is A, "%d" % 5 is five, "%c" % 65 is A, "%s" % 5 is five)
print("" % () is empty, "%s" % "" is empty)
class S(str):
    pass
x = S("sub")
print(type(x % ()).__name__, type("%s" % x).__name__, ("%s" % x) is x)
