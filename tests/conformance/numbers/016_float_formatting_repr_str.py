vals = [1.0, 1.5, 0.1, 1e-7, 123456789012345.0, 1e16, 1/7, -0.0, 2.5e-5]
for v in vals:
    print(repr(v), str(v))
print(1.0 == 1, str(1.0), str(1))
print(repr(1e22), repr(1e-4), repr(12.0), repr(0.30000000000000004))
print(str(float(2 ** 70)), float("1e-3"))
