class Step:
    depth = 0
    def __init__(self, label):
        self.label = label
    def __enter__(self):
        print("  " * Step.depth + "> " + self.label)
        Step.depth += 1
        return self
    def __exit__(self, exc_type, exc, tb):
        Step.depth -= 1
        status = "failed" if exc_type else "ok"
        print("  " * Step.depth + "< " + self.label + " " + status)
with Step("build"):
    with Step("compile"):
        pass
    try:
        with Step("link"):
            raise RuntimeError("missing symbol")
    except RuntimeError:
        pass
