classify = lambda n: "even" if n % 2 == 0 else "odd"
print([classify(n) for n in range(5)])
clamp = lambda v, lo=0, hi=10: lo if v < lo else hi if v > hi else v
print(clamp(-5), clamp(5), clamp(50), clamp(50, hi=100))
safe_div = lambda a, b: a / b if b else None
print(safe_div(1, 2), safe_div(1, 0))
