prices = {"a": 1, "b": 2}
order = ["a", "b", "c"]
costs = {item: prices[item] * 2 for item in order}
