nan = float("nan")
print(nan == nan, nan is nan)
print(nan in [nan], [nan] == [nan])
other = float("nan")
print(other in [nan], [other] == [nan])
d = {nan: "found"}
print(d.get(nan), d.get(other))
print([nan].count(nan), (nan,).index(nan))
