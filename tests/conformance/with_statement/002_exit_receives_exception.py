class Reporter:
    def __enter__(self):
        print("enter")
        return "resource"
    def __exit__(self, exc_type, exc, tb):
        print("exit got", exc_type.__name__ if exc_type else None, repr(exc))
        return False
try:
    with Reporter() as r:
        print("using", r)
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
