print("building person")
person = {"name": "ann", age": 3}
print(person)
print(person["name"])
print("done")
