actions = {
    "double": lambda x: x * 2,
    "negate": lambda x: -x,
    "stringify": lambda x: f"<{x}>",
}
value = 7
for name in ["double", "negate", "stringify"]:
    print(name, actions[name](value))
pipeline = [actions["double"], actions["negate"], actions["stringify"]]
for step in pipeline:
    value = step(value)
print(value)
