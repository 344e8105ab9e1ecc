# Every key below lands on slot 0 of an 8-slot table at first.
s = {0, 8, 16, 24}
print(s)
s = set()
for k in [64, 0, 128, 192, 256]:
    s.add(k)
    print(list(s))
# keys 1..9 after a resize, then colliding multiples of 32
t = set(range(1, 10))
t.update([32, 64, 96])
print(t)
