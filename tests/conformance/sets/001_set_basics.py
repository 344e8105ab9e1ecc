s = {3, 1, 2, 3, 1}
print(s, len(s))
s.add(4)
s.add(2)
print(s)
s.discard(10)
s.remove(1)
print(s)
try:
    s.remove(10)
except KeyError as e:
    print("KeyError:", e)
print(2 in s, 1 in s)
