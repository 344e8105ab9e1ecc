def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "  hello  ".strip())
show(lambda: "  hello  ".lstrip())
show(lambda: "  hello  ".rstrip())
show(lambda: "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f hi \u3000\u2003".strip())
show(lambda: "xxhixx".strip("x"))
show(lambda: "abcHELLOcba".strip("abc"))
show(lambda: "abcHELLOcba".lstrip("cab"))
show(lambda: "abcHELLOcba".rstrip("cab"))
show(lambda: "  spaced  ".strip(None))
show(lambda: "éléphant é".strip("é"))
show(lambda: "aaaa".strip("a"))
show(lambda: "".strip())
show(lambda: "hello".strip(""))
show(lambda: "hello".strip(1))
show(lambda: "hello".lstrip(1))
show(lambda: "hello".rstrip(1, 2))
show(lambda: "hello".strip(chars="h"))
