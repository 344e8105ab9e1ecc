def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for spec in ["", "10", "<10", ">10", "^10", "*^10", "->7", "é<5", ".2", "10.3",
             "^9.1", "s", "5s", "0<5", "05", "<", "^"]:
    show(lambda: format("abcd", spec))
show(lambda: format("abc", "+"))
show(lambda: format("abc", " "))
show(lambda: format("abc", "#"))
show(lambda: format("abc", "="))
show(lambda: format("abc", ","))
show(lambda: format("abc", "z"))
show(lambda: format("abc", "d"))
show(lambda: format("abc", "x<"))
show(lambda: "{:>6}|{:<6}|{:^6}".format("ö", "ö", "ö"))
