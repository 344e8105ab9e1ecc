prices = {"apple": 1.25, "bread": 2.5, "milk": 0.99}
print({k: round(v * 1.1, 2) for k, v in prices.items()})
print([k for k, v in prices.items() if v < 2])
print(sorted(prices, key=prices.get))
cheap = {k for k in prices if prices[k] < 1.5}
print(sorted(cheap))
print(dict(sorted(prices.items(), key=lambda kv: -kv[1])))
