rows = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 3.125)]
print("{:<10}|{:>5}|{:>8}".format("item", "qty", "price"))
print("-" * 25)
for name, qty, price in rows:
    print("{:<10}|{:>5d}|{:>8.2f}".format(name, qty, price))
total = sum(q * p for _, q, p in rows)
print("{:<10}|{:>5}|{:>8.2f}".format("total", "", total))
print("{:.1%} done".format(0.4567))
print("{:,} bytes".format(1234567890))
print("{:08.3f}".format(-3.14159))
print("{0:b} {0:o} {0:x} {0:#X}".format(2023))
print("{:^20}".format(" centered "))
print("{:*^20}".format(" stars "))
print("[{:>{width}.{prec}f}]".format(2.71828, width=10, prec=3))
for i in range(1, 4):
    print("{0:2d} {1:3d} {2:4d}".format(i, i * i, i * i * i))
