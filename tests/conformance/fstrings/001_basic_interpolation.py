name = "Ada"
age = 36
print(f"{name} is {age} years old")
print(f"next year: {age + 1}")
print(f"{name.upper()} has {len(name)} letters")
print(f"{{literal braces}} and {name}")
items = [1, 2, 3]
print(f"sum={sum(items)} first={items[0]} list={items}")
print(F"capital F works: {True}")
