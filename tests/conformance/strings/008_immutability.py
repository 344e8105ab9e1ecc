s = "cat"
try:
    s[0] = "b"
except TypeError as e:
    print("TypeError:", e)
t = "b" + s[1:]
print(s, t)
u = s
s += "s"
print(s, u)
print(s.upper(), s)
