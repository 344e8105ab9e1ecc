name = "ann"
age = 31
print(f"age {age}")
print(f"hello {name")
print("done")
