greeting = "hello"
print(greeting)
print(greting)
