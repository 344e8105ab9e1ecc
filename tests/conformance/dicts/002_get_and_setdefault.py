stock = {"apple": 3}
print(stock.get("apple"), stock.get("pear"), stock.get("pear", 0))
print(stock.setdefault("pear", 5), stock)
print(stock.setdefault("apple", 100), stock)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
