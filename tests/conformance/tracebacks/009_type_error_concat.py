name = "ann"
age = 30
print("name: " + name)
print("age:", age)
print(f"age: {age}")
message = "age: " + age
print(message)
