d = {"k": [1]}
alias = d["k"]
d["k"] += [2]
print(d, alias is d["k"])
d["n"] = 1
n_before = d["n"]
d["n"] += 1
print(d["n"], n_before)
t = (d,)
t[0]["k"] += [3]
print(t)
