# int -> text conversions respect sys.get_int_max_str_digits() (4300).
def show(f):
    try:
        r = f()
        print(len(r), r[:20])
    except Exception as e:
        print(type(e).__name__ + ":", e)
big = 10 ** 5000
show(lambda: format(big, "d"))
show(lambda: format(big, ","))
show(lambda: format(big, "x"))
show(lambda: "%d" % big)
show(lambda: "%x" % big)
show(lambda: "{:_}".format(big))
show(lambda: f"{big:>10}")
show(lambda: "%.3000d" % 5)
show(lambda: format(5, "03000"))
show(lambda: "%s" % big)
