def attempt(label, fn):
    try:
        print(label, "=", fn())
    except TypeError as e:
        print(label, "->", e)
attempt("1 + 'a'", lambda: 1 + "a")
attempt("'a' + 1", lambda: "a" + 1)
attempt("[] - []", lambda: [] - [])
attempt("'a' * 'b'", lambda: "a" * "b")
attempt("None + 1", lambda: None + 1)
attempt("-'x'", lambda: -"x")
attempt("~1.5", lambda: ~1.5)
attempt("{} | 1", lambda: {} | 1)
attempt("2 ** 'x'", lambda: 2 ** "x")
attempt("'%d' % 'x'", lambda: "%d" % "x")
