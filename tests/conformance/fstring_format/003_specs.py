x = 1234.5678
n = 255
s = "text"
print(f"{x:.2f} {x:10.1f}| {x:e} {x:,.2f} {x:.0%}")
print(f"{n:d} {n:x} {n:#X} {n:o} {n:b} {n:08b} {n:+d} {n:_}")
print(f"{s:>8}| {s:<8}| {s:^8}| {s:*^10} {s:.2}")
print(f"{True:d} {True} {False:>6}|")
print(f"{-0.0:z.1f} {0.5:.0f} {1.5:.0f}")
print(f"{n:c} {65:c}")
