squares = [n * n for n in range(8)]
print(squares)
evens = [n for n in range(20) if n % 2 == 0]
print(evens)
words = ["Apple", "bob", "Cat"]
print([w.lower() for w in words])
print([len(w) for w in words if w[0].isupper()])
print([c for c in "hello world" if c not in "aeiou "])
