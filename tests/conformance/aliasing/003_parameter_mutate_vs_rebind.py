def mutate(items):
    items.append("m")
def rebind(items):
    items = ["new"]
    items.append("r")
    return items
def extend_in_place(items):
    items += ["e"]
data = ["x"]
mutate(data)
print(data)
result = rebind(data)
print(data, result)
extend_in_place(data)
print(data)
print(result is data)
