message = “hello”
print(message)
