prices = {"a": 1, "b": 2}
order = ["a", "b", "c"]
print(prices)
print(order)
costs = {item: prices[item] * 2 for item in order}
print(costs)
