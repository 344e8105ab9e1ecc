line = "name: Ada, age: 36"
print(line.index("age"))
print(line[line.index(":") + 2:line.index(",")])
print(line.index("email"))
print("not reached")
