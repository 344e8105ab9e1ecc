class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("0.9.9"), Version("1.2.0")]
print(sorted(vs))
print(Version("1.2") < Version("1.10"), Version("2.0") > Version("1.9"))
print(Version("1.0") >= Version("1.0"), max(vs), min(vs))
