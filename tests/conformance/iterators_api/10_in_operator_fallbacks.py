class OnlyIter:
    def __iter__(self):
        return iter([1, 2, 3])
class WithContains:
    def __contains__(self, x):
        print("contains", x)
        return x == 42
print(2 in OnlyIter(), 5 in OnlyIter(), 42 in WithContains(), 1 not in WithContains())
print(3 in iter([1, 2, 3]), "b" in iter("abc"))
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
class Eq:
    def __eq__(self, other):
        print("eq", other)
        return other == 2
print(Eq() in [1, 2, 3])
