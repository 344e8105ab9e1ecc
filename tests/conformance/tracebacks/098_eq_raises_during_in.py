class Picky:
    def __eq__(self, other):
        if not isinstance(other, Picky):
            raise TypeError("can only compare Picky objects")
        return True
items = [Picky(), Picky()]
print(Picky() in items)
print(3 in [Picky()])
