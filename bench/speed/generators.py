# Generator functions, generator expressions and iterator helpers.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


total = sum(evens(countdown(1_000_000)))
squares = sum(x * x for x in range(800_000))
zipped = 0
for a, b in zip(range(300_000), countdown(300_000)):
    zipped += a * b
indexed = [i for i, c in enumerate("abcdefghij" * 30_000) if c == "e"]
print(total, squares, zipped, len(indexed))
