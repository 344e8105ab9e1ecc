class Named:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False
try:
    with Named("outer"), Named("inner"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
