class Resource:
    def __enter__(self):
        return {"handle": 7}
    def __exit__(self, *exc):
        return None
with Resource() as handle:
    print(handle)
r = Resource()
with r as other:
    print(other is r, other["handle"])
with Resource():
    print("no as clause")
