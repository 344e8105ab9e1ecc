class Fragile:
    def __enter__(self):
        return self
    def __exit__(self, etype, value, tb):
        raise RuntimeError(f"exit failed while handling {etype.__name__}")
try:
    with Fragile():
        raise KeyError("original")
except RuntimeError as e:
    print("caught", e)
    print("context", repr(e.__context__))
with Fragile():
    int("x")
