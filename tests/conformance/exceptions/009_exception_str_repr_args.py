e1 = ValueError("bad value")
e2 = KeyError("k")
e3 = Exception("a", 2, [3])
e4 = RuntimeError()
for e in [e1, e2, e3, e4]:
    print(repr(str(e)), repr(e), e.args)
print(str(KeyError("with 'quote'")))
print(str(IndexError(5)), repr(TypeError("x")))
