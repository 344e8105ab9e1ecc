print("building ages")
ages = {"ann": 31, "bob"}
print(ages)
print(len(ages))
print("done")
