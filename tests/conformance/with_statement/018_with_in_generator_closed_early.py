class Res:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, etype, value, tb):
        print("release", etype.__name__ if etype else None)
def reader():
    with Res():
        yield 1
        yield 2
g = reader()
print(next(g))
g.close()
print("closed")
