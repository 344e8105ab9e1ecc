person = {"name": "ann", age": 3}
print(person)
