inventory = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear", "plum"]:
    if (count := inventory.get(fruit)) is None:
        print(fruit, "not stocked")
    elif count:
        print(fruit, "in stock:", count)
    else:
        print(fruit, "sold out")
