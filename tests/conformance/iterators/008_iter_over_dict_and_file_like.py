d = {"one": 1, "two": 2}
it = iter(d)
print(next(it), next(it))
values = iter(d.values())
print(sum(values))
items = iter(d.items())
print(next(items))
lines = iter("line1\nline2\nline3".splitlines())
print([line.upper() for line in lines])
