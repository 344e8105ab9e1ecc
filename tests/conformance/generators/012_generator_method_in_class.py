class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
for n in Countdown(2):
    print("tick", n)
print(sum(Countdown(100)))
