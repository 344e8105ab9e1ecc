class Card:
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return (self.rank, self.suit) == (other.rank, other.suit)
    def __hash__(self):
        return hash((self.rank, len(self.suit)))
    def __repr__(self):
        return f"{self.rank}{self.suit[0]}"
cards = [Card(10, "hearts"), Card(10, "hearts"), Card(2, "spades")]
unique = set(cards)
print(len(unique), sorted(unique, key=lambda c: c.rank))
print(Card(2, "spades") in unique)
