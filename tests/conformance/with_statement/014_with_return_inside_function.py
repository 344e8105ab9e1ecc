class Tracker:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc)
def compute():
    with Tracker():
        return 42
print(compute())
