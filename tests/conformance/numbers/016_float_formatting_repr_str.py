vals = [1.0, 1.5, 0.1, 1e-7, 123456789012345.0, 1e16, 1/7, -0.0, 2.5e-5]
for v in vals:
    print(repr(v), str(v))
print(1.0 == 1, str(1.0), str(1))
