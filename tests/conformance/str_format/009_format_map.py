def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

show(lambda: "{name} is {age}".format_map({"name": "Ada", "age": 36}))
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
show(lambda: "{name} / {unknown}".format_map(Default(name="Bob")))
class Upper:
    def __getitem__(self, key):
        return key.upper()
show(lambda: "{a} {bc}".format_map(Upper()))
show(lambda: "{a[0]}".format_map({"a": "xyz"}))
show(lambda: "no fields".format_map(1))
show(lambda: "{a}".format_map(1))
show(lambda: "{0}".format_map({}))
show(lambda: "{}".format_map({}))
show(lambda: "{a}".format_map({}))
show(lambda: "{a}".format_map())
show(lambda: "{a}".format_map({"a": 1}, x=1))
