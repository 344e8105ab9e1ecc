def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "{}".format())
show(lambda: "{} {}".format(1))
show(lambda: "{1}".format(1))
show(lambda: "{x}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "{0.foo}".format(1))
show(lambda: "{0[5]}".format("ab"))
show(lambda: "{0[-1]}".format("ab"))
show(lambda: "{0[x]}".format([1]))
show(lambda: "{0[x]}".format({"y": 1}))
show(lambda: "{99999999999999999999}".format(1))
show(lambda: "{0[99999999999999999999]}".format([1]))
show(lambda: "{x.}".format())
