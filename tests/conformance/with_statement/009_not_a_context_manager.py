class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
