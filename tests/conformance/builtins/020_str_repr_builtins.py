values = ["text", 10, 2.5, None, [1, "a"], ("t",), {"k": "v"}]
for v in values:
    print(str(v), repr(v))
print(repr(repr("x")))
print(str("plain") is not None, repr(str(5)))
