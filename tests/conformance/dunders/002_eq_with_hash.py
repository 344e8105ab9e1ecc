class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __hash__(self):
        return hash((self.name,))
    def __repr__(self):
        return f"Key({self.name!r})"
d = {Key("a"): 1}
d[Key("a")] = 2
d[Key("b")] = 3
print(d)
print(Key("b") in d, len({Key("x"), Key("x")}))
