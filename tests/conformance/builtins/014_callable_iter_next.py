print(callable(len), callable(print), callable(42), callable(lambda: 0))
class C:
    def __call__(self):
        return "called"
print(callable(C), callable(C()), C()())
it = iter([10, 20])
print(next(it), next(it), next(it, "empty"))
it2 = iter("ab")
print(list(it2), next(it2, "done"))
print(iter(it) is it)
