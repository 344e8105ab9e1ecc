def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "{}{1}".format(1, 2))
show(lambda: "{1}{}".format(1, 2))
show(lambda: "{0}{}".format(1))
show(lambda: "{}{0}".format(1))
show(lambda: "{a}{}{b}{}".format(1, 2, a=3, b=4))
show(lambda: "{}{x}{1}".format(1, 2, x=0))
show(lambda: "{0[0]}{}".format([1]))
show(lambda: "{[0]}{}".format([1], 2))
