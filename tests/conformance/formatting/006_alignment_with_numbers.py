data = [("alpha", 1), ("beta", 22), ("gamma", 333), ("delta", -4444)]
for name, n in data:
    print(f"{name:.<10}{n:>8}")
for name, n in data:
    print(f"{name:^9}|{n:^9}|{n:<+9}|")
print(f"{'':-^20}")
