import sys
class S(set): pass
class F(frozenset): pass
class D(dict): pass
print(sys.getsizeof(S()), sys.getsizeof(F()), sys.getsizeof(D()), sys.getsizeof(S(range(10))))
class E(enumerate): pass
print(sys.getsizeof(E([])), list(E("ab", 3)))
class Z(zip): pass
print(list(Z([1], [2])))
class R(reversed): pass
print(list(R([1, 2])))
print(S([3]).__sizeof__(), D(a=1).__sizeof__())
