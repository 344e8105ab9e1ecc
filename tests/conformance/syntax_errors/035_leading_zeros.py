month = 08
day = 15
print(month, day)
