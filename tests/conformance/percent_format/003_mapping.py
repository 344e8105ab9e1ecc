def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

data = {"name": "Ada", "n": 3, "pi": 3.14159}
show(lambda: "%(name)s has %(n)d items" % data)
show(lambda: "%(pi).2f %(pi)10.3f|" % data)
show(lambda: "%(name)r %(name)-8s|" % data)
show(lambda: "%(n)05d %(n)x %(n)#o" % data)
show(lambda: "%(missing)s" % data)
show(lambda: "%(name)s %s" % data)
show(lambda: "%(a(b)c)s" % {"a(b)c": "parens"})
show(lambda: "%()s" % {"": "empty key"})
show(lambda: "%(name)s" % ("Ada",))
show(lambda: "%(name)s" % 5)
show(lambda: "%(name" % 5)
show(lambda: "%(name" % {})
show(lambda: "%(a)s" % [1])
show(lambda: "%(a)*d" % {"a": 5})
class M:
    def __getitem__(self, key):
        return key * 2
show(lambda: "%(ab)s-%(c)s" % M())
