class History(list):
    def push(self, item):
        self.append(item)
        return self
    def latest(self, n=2):
        return self[-n:]
h = History([1, 2])
h.push(3).push(4)
print(h, len(h), h.latest(), type(h).__name__)
print(isinstance(h, list), h == [1, 2, 3, 4])
print(h + [5], type(h + [5]).__name__)
h.sort(reverse=True)
print(h)
