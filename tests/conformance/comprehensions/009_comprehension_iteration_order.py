def noisy(tag, seq):
    print("iter", tag)
    return seq
out = [(a, b) for a in noisy("outer", [1, 2]) for b in noisy("inner", "xy")]
print(out)
print([print("body", n) or n for n in range(2)])
