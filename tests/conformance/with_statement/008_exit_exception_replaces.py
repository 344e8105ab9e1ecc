class Faulty:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("error in __exit__")
try:
    with Faulty():
        raise ValueError("body error")
except RuntimeError as e:
    print("caught", e)
    print("context:", repr(e.__context__))
