try:
    value = int("42")
print(value)
