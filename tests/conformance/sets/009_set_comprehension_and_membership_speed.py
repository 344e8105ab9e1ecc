squares = {n * n for n in range(10)}
print(sorted(squares))
print(49 in squares, 50 in squares)
evens = set(range(0, 20, 2))
odds = set(range(1, 20, 2))
print(evens & odds, sorted(evens | odds) == list(range(20)))
print(len({n % 7 for n in range(100)}))
