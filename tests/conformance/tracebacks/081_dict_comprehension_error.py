prices = {"apple": 3, "pear": "4", "fig": 5}
doubled = {name: price * 2 for name, price in prices.items()}
print(doubled)
halved = {name: price / 2 for name, price in prices.items()}
print(halved)
