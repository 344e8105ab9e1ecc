names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
for i, name in enumerate(names):
    print(i, name)
for i, name in enumerate(names, start=1):
    print(f"{i}. {name}")
for name, age in zip(names, ages):
    print(name, "is", age)
for i, (name, age) in enumerate(zip(names, ages)):
    print(i, name, age)
