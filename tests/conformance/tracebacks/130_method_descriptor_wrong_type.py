print(str.upper("abc"))
print(str.upper(5))
