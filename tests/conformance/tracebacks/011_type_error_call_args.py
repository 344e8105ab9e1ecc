def greet(name, greeting):
    return f"{greeting}, {name}"
print(greet("ann", "hi"))
print(greet(greeting="hey", name="cy"))
print(greet("bob"))
