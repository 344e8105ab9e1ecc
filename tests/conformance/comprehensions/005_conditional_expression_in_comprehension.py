labels = ["even" if n % 2 == 0 else "odd" for n in range(5)]
print(labels)
clipped = [min(max(n, 0), 10) for n in [-5, 3, 15, 7]]
print(clipped)
fizz = ["Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)]
print(fizz)
print([x if x else "-" for x in [1, 0, 2, None, 3]])
