# Encodings CPython serves through its codec registry (aliases such as u8,
# l1, 646) re-raise error-handler failures as "<op> with 'NAME' codec
# failed (...)"; the built-in fast names (utf-8, latin-1, ascii) do not.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e, "| cause:", repr(e.__cause__))

for name in ["utf-8", "UTF8", "u8", "utf", "latin-1", "l1", "latin", "ascii", "us-ascii", "646", "us"]:
    show(lambda: "\udc80\u20ac".encode(name, "bogus"))
for name in ["utf-8", "u8", "ascii", "646"]:
    show(lambda: b"\xff".decode(name, "bogus"))
    show(lambda: b"\xff".decode(name, "xmlcharrefreplace"))
show(lambda: "\udc80".encode("u8"))
show(lambda: b"\xff".decode("u8"))
x = "\udc80".encode("u8", "bogus")
