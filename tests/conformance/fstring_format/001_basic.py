name = "Ada"
age = 36
print(f"{name} is {age}")
print(f"{name}{age}{name}")
print(f"{age + 1} next year, {age * 2} doubled")
print(f"{[1, 2]} {(3,)} {None} {True} {2.50}")
print(f"{'nested quotes'} {name.upper()} {len(name)}")
print(f"")
print(f"plain text")
print(f"{{braces}} {{{name}}}")
d = {"k": "v"}
print(f"{d['k']} {d}")
items = [1, 2, 3]
print(f"{items[0]}-{items[-1]} {sum(items)}")
