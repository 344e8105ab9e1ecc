for n in (0, 7, -7, 1234):
    print(f"|{n:d}|{n:6d}|{n:<6d}|{n:+d}|{n:06d}|")
print(f"{True:d} {False:5}")
print(f"{7:.2f} {7:e}")
print(f"{12345678901234567890:,}")
print(f"{2**70:_b}"[:20])
