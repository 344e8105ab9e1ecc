def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "{:{}}|".format("a", 5))
show(lambda: "{:>{w}}|".format("a", w=6))
show(lambda: "{0:{1}.{2}f}".format(3.14159, 8, 2))
show(lambda: "{:{}{}{}}".format(42, "*", "^", 9))
show(lambda: "{:{}}{}".format(1, 2, 3))
show(lambda: "{0:{1:{2}}}".format("abc", "s", ""))
show(lambda: "{:{:{}}}".format(1, 2, 3))
show(lambda: "{0:{a}}".format(1, a="{"))
show(lambda: "{0:{{}}}".format(1))
show(lambda: "{0:{x}}".format(1))
show(lambda: "{:{}}".format(1))
