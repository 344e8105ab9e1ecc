# Zero-argument calls through a Python dunder and through a bound method
# (an empty argument vector must not be copied from a NULL pointer).
class Manager:
    def __len__(self):
        return 3

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc)
        return False

    def __reversed__(self):
        return iter([2, 1])


m = Manager()
print(len(m))
with m as same:
    print(same is m)
print(list(reversed(m)))
