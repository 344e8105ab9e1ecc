def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "héllo wörld".encode())
show(lambda: "héllo".encode("utf-8"))
show(lambda: "héllo".encode("latin-1"))
show(lambda: "hello".encode("ascii"))
show(lambda: "😀".encode("utf-8"))
show(lambda: "é€".encode("utf-8"))
for name in ["UTF-8", "utf_8", "Utf 8", "u8", "utf8", "latin", "L1",
             "iso-8859-1", "ISO_8859-1:1987", "iso8859", "US-ASCII", "646",
             " utf8", "utf-8-", "ANSI_X3.4-1968", "cp65001"]:
    show(lambda: "abc".encode(name))
show(lambda: "a".encode("utf.8"))
show(lambda: "a".encode("nope"))
show(lambda: "a".encode(""))
show(lambda: "".encode("nope"))
show(lambda: "a".encode(1))
show(lambda: "a".encode("utf-8", 1))
show(lambda: "a".encode("utf-8", "strict", 1))
show(lambda: "a".encode(x=1))
show(lambda: "a".encode(errors="bogus"))
show(lambda: "a".encode(encoding="ascii", errors="strict"))
