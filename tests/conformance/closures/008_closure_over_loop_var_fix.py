def make_handlers(names):
    handlers = {}
    for name in names:
        def handler(name=name):
            return "handled " + name
        handlers[name] = handler
    return handlers
h = make_handlers(["open", "close"])
print(h["open"](), h["close"]())
def make_handlers_closure(names):
    def make(name):
        return lambda: "closure " + name
    return {n: make(n) for n in names}
h2 = make_handlers_closure(["a", "b"])
print(h2["a"](), h2["b"]())
