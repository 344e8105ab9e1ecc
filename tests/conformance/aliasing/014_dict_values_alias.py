shared = {"hits": 0}
stats = {"a": shared, "b": shared}
stats["a"]["hits"] += 1
stats["b"]["hits"] += 1
print(shared, stats)
stats["b"] = dict(shared)
stats["b"]["hits"] += 10
print(stats)
print(stats["a"] is shared, stats["b"] is shared)
