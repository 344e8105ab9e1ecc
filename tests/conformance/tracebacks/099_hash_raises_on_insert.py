class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name.lower())
d = {Key("a"): 1}
print(len(d))
d[Key(None)] = 2
