rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("melon", 1, 2.75)]
print(f"{'item':<8}{'qty':>5}{'price':>8}{'total':>9}")
print("-" * 30)
grand = 0
for item, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{item:<8}{qty:>5}{price:>8.2f}{total:>9.2f}")
print("-" * 30)
print(f"{'TOTAL':<21}{grand:>9.2f}")
