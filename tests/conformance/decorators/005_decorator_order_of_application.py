def tag(name):
    print("creating decorator", name)
    def decorator(fn):
        print("applying", name, "to", fn.__name__)
        def wrapper():
            return name + "(" + fn() + ")"
        return wrapper
    return decorator
@tag("outer")
@tag("inner")
def core():
    return "core"
print("defined")
print(core())
