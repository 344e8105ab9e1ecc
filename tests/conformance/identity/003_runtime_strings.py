a = "spam"
b = "sp" + "am"
part = "sp"
c = part + "am"
print(a is b, a is c, a == c)
d = "-".join(["sp", "am"])
lit = "sp-am"
print(d == lit, d is lit)
n = 12345
print(str(n) is str(n), str(n) == str(n))
e = "spam spam"
def get():
    return "spam spam"
print(get() is e)
