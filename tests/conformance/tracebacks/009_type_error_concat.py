age = 30
message = "age: " + age
print(message)
