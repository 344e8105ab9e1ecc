class Named:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *args):
        print("exit", self.name)
with Named("outer") as a, Named("inner") as b:
    print("body", a, b)
with Named("first"):
    with Named("second"):
        print("nested body")
