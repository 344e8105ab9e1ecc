class Resource:
    def __enter__(self):
        print("acquire")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release, saw", exc_type.__name__)
        return False
with Resource() as r:
    print("working")
    result = {"a": 1}["b"]
print("never reached")
