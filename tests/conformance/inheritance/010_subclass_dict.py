class DefaultDict(dict):
    def __init__(self, default, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
counts = DefaultDict(int)
for word in "the cat the hat the end".split():
    counts[word] += 1
print(counts)
groups = DefaultDict(list, a=[1])
groups["b"].append(2)
groups["a"].append(3)
print(groups, len(groups))
