class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, *exc):
        print("closing with", exc[0])
        raise OSError("close failed")
with Resource():
    print("working")
    1 / 0
