# str() of a mappingproxy is str() of its mapping; repr() wraps it.
class A:
    pass
d = {1: 10, 2: 20, 3: 30}
k = d.keys()
print(k.mapping, str(k.mapping), repr(k.mapping))
print(f"{d.values().mapping}", "%s" % (d.items().mapping,))
print([k.mapping])
print(str(A.__dict__) == str(dict(A.__dict__)))
