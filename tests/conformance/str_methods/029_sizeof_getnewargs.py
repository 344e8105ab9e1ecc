import sys
for s in ["", "a", "hello", "é", "héllo", "€", "a€", "😀", "a😀", "x" * 100]:
    print(repr(s), sys.getsizeof(s), s.__sizeof__())
s = "text"
args = s.__getnewargs__()
print(args, type(args).__name__, args[0] == s, args[0] is s)
print("x".__getnewargs__()[0] is "x".__getnewargs__()[0])
