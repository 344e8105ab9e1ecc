totals = {"a": 1}
totals["a"] += 1
totals["b"] += 1
