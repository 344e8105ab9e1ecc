greeting = "hello"
name = "world"
print(greeting, name)
message = greeting + ", " + name
print(message)
print(greting)
