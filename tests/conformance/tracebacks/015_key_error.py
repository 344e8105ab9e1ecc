ages = {"ann": 31, "bob": 25}
print(ages["ann"])
print(ages.get("cy"))
print("cy" in ages)
for name in ["bob", "cy"]:
    print(name, ages[name])
