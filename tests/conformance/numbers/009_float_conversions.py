print(float("3.25"), float(" -1.5e3 "), float(7))
print(float("inf"), float("1_000.5"))
print(int(float("2.9")), float(int("3")))
print(2.0.is_integer(), 2.5.is_integer())
try:
    float("one")
except ValueError as e:
    print("ValueError:", e)
print(3 / 2, 3 // 2, 3.0 // 2, -3.0 // 2)
print(7.5 % 2, -7.5 % 2)
