ages = {"ann": 31, "bob": 25}
ages["cy"] = 40
ages["ann"] = 32
print(ages, len(ages))
print(ages["bob"], "bob" in ages, 25 in ages)
del ages["bob"]
print(ages)
print(list(ages), list(ages.values()), list(ages.items()))
