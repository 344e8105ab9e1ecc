text = "42"
try:
    value = int(text)
print(value)
print(value * 2)
