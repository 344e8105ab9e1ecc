calls = []
class P:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v % 4
    def __eq__(self, other):
        calls.append((self.v, other.v))
        return self.v == other.v
    def __repr__(self):
        return "P%d" % self.v
s = set()
for v in [1, 5, 9, 5, 13, 1]:
    s.add(P(v))
print(s)
print(calls)
calls.clear()
print(P(9) in s, P(2) in s, calls)
calls.clear()
s.discard(P(5))
print(s, calls)
