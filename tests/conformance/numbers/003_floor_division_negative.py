pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (6, 3), (-6, 3)]
for a, b in pairs:
    print(f"{a:3} // {b:2} = {a // b:3}   {a:3} % {b:2} = {a % b:3}")
print(divmod(-7, 2), divmod(7, -2))
a, b = -17, 5
q, r = divmod(a, b)
print(q * b + r == a)
