class Door:
    def __enter__(self):
        raise PermissionError("locked")
    def __exit__(self, *exc):
        print("never runs")
with Door() as d:
    print("inside")
