class MySet(set):
    pass
class MyFrozen(frozenset):
    pass
print(set(), frozenset(), frozenset({1, 2}), {frozenset()})
print(MySet(), MySet([3, 1]), MyFrozen(), MyFrozen([2]))
print(repr({1}), str({(1, "a")}))
s = set()
class Back:
    def __hash__(self):
        return 5
    def __repr__(self):
        return "Back" + repr(s)
s.add(Back())
print(s)
print([{1}, frozenset({2})], {"k": {3}})
