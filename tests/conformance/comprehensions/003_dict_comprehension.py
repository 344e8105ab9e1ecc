words = ["apple", "banana", "cherry"]
lengths = {w: len(w) for w in words}
print(lengths)
inverted = {v: k for k, v in lengths.items()}
print(inverted)
squares = {n: n * n for n in range(6) if n % 2}
print(squares)
print({k: v for k, v in zip("abc", range(3))})
print({c: "abcabc".count(c) for c in "abc"})
