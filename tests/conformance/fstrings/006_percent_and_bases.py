ratio = 0.4567
print(f"{ratio:%} {ratio:.1%} {ratio:.0%}")
print(f"{1.0:.0%} {0.005:.1%}")
n = 255
print(f"{n:x} {n:X} {n:o} {n:b}")
print(f"{n:#x} {n:#X} {n:#o} {n:#b}")
print(f"{n:08b} {n:#010b} {5:04x}")
print(f"{-n:x} {-n:#b}")
print(f"{65:c}{66:c}")
