class Deck:
    def __init__(self, cards):
        self.cards = cards
    def __iter__(self):
        return iter(self.cards)
d = Deck(["A", "K", "Q"])
print(list(d), list(d))
it = iter(d)
print(next(it), iter(it) is it)
print(sorted(d), "K" in d, len(list(d)))
