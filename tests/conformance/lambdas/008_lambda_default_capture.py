fns = [lambda: n for n in range(3)]
print([f() for f in fns])
fns = [lambda n=n: n for n in range(3)]
print([f() for f in fns])
fns = [(lambda k: lambda: k)(n) for n in range(3)]
print([f() for f in fns])
