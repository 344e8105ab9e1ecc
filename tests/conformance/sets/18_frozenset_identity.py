f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f)
print(frozenset() is frozenset(), frozenset([]) == frozenset())
s = set(f)
print(s, s is f, type(s.copy()).__name__)
class F(frozenset):
    pass
g = F([1])
print(type(g.copy()).__name__, g.copy() is g, type(frozenset(g)).__name__, frozenset(g) is g)
class S(set):
    pass
print(type(S([1]).copy()).__name__, type(S([1]) | {2}).__name__, type({2} | S([1])).__name__)
print(type(S([1]).union()).__name__, type(S([1, 2]) - {1}).__name__)
