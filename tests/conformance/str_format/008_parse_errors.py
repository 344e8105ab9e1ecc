def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for fmt in ["}", "{", "a}b", "a{b", "{0", "{0:", "{0[}", "{0[0]x}", "{0.}",
            "{0[]}", "{a{}", "{0:}}", "{:}}", "x}}y}", "{0!r:", "{0.a[",
            "{0[0]", "{:{}", "{0]}", "{!r}", "{:{:}}"]:
    show(lambda: fmt.format(1, 2))
