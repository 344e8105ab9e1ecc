class Returns:
    def __init__(self, value):
        self.value = value
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return self.value
for v in (1, "yes", [], 0, None, [0]):
    try:
        with Returns(v):
            raise ValueError
        print(repr(v), "suppressed")
    except ValueError:
        print(repr(v), "propagated")
