s = {5, 1, 17, 9, 33}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(12))
s.pop(); s.pop()
s.add(100)
print(s.pop(), s.pop(), sorted(s))
try:
    set().pop()
except KeyError as e:
    print("KeyError", e)
