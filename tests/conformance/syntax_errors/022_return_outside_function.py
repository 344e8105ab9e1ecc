values = [3, 4]
total = sum(values)
print(total)
return total
print("unreachable")
