value = 3
print(f"value: {value}")
print(f"double: {value * 2}")
print(f"value: {}")
print("done")
