class Level:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
    def __int__(self):
        return self.n
    def __float__(self):
        return self.n + 0.5
lv = Level(2)
print(["a", "b", "c"][lv], bin(lv), int(lv), float(lv))
print(list(range(lv)), "xyz"[lv:])
