title = "menu"
print(title.upper().center(20, "*"))
for item, price in [("tea", 2), ("cake", 4.5)]:
    print(item.ljust(15, ".") + f"{price:.2f}".rjust(5))
print("|" + "x".rjust(3) + "|" + "y".ljust(3) + "|")
print("7".zfill(3), "-7".zfill(3), "abc".zfill(5))
