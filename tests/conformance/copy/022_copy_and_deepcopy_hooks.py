import copy
class Tracked:
    def __init__(self, tag):
        self.tag = tag
        self.parts = [tag]
    def __copy__(self):
        print("__copy__", self.tag)
        return Tracked(self.tag + "-copy")
    def __deepcopy__(self, memo):
        print("__deepcopy__", self.tag, id(self) in memo)
        clone = Tracked(self.tag + "-deep")
        memo[id(self)] = clone
        return clone
t = Tracked("t")
c = copy.copy(t)
d = copy.deepcopy([t, t])
print(c.tag, d[0].tag, d[0] is d[1])
class State:
    def __init__(self):
        self.x = [1]
    def __getstate__(self):
        print("__getstate__")
        return {"x": self.x, "extra": True}
    def __setstate__(self, st):
        print("__setstate__", sorted(st))
        self.__dict__.update(st)
s = copy.deepcopy(State())
print(s.x, s.extra)
