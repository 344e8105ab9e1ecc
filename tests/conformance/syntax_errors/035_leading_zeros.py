year = 2024
month = 08
day = 15
print(year, month, day)
print("date set")
