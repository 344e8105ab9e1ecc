import copy
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
m = copy.deepcopy(c.inc)
print(m.__self__ is c, m.__func__ is Counter.inc)
print(m(), m(), c.n)
s = copy.copy(c.inc)
print(s.__self__ is c, s is c.inc, s())
print(c.n, m.__self__.n)
