# Building lists with append and comprehensions, indexing, slicing.
squares = []
for i in range(600_000):
    squares.append(i * i)
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, i + 1) for i in range(400_000)]
total = 0
for a, b in pairs:
    total += b - a
nested = [[j for j in range(10)] for i in range(40_000)]
print(len(evens), total, sum(squares[:1000]), len(nested), nested[-1][-1])
