class Ignore:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, etype, value, tb):
        print("exit saw", etype.__name__ if etype else None)
        return etype is not None and issubclass(etype, self.types)
with Ignore(KeyError):
    {}["missing"]
print("KeyError suppressed")
with Ignore(KeyError):
    [][1]
print("never")
