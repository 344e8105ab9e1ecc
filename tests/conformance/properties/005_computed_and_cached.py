class Report:
    def __init__(self, numbers):
        self.numbers = numbers
        self._total = None
    @property
    def total(self):
        if self._total is None:
            print("computing total")
            self._total = sum(self.numbers)
        return self._total
r = Report([1, 2, 3])
print(r.total)
print(r.total)
r.numbers.append(4)
print(r.total)
