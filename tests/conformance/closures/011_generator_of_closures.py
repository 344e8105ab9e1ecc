def powers(limit):
    return [lambda x, p=p: x ** p for p in range(limit)]
fs = powers(4)
print([f(2) for f in fs])
print([f(3) for f in fs])
adders = {}
for step in (1, 5, 10):
    adders[step] = (lambda s: lambda x: x + s)(step)
print(adders[1](0), adders[5](0), adders[10](0))
