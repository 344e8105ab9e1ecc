import copy
class Tracker:
    count = 0
    def __init__(self):
        Tracker.count += 1
        print("init", Tracker.count)
        self.items = [1]
t = Tracker()
c = copy.copy(t)
print(Tracker.count, type(c).__name__, c.items is t.items)
d = copy.deepcopy(t)
print(Tracker.count, d.items is t.items, d.items == t.items)
print(c is t, d is t)
