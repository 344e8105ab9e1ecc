path = "C:\users\new"
print(path)
