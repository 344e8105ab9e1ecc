line = "name=ann;age=31;city"
fields = {}
for part in line.split(";"):
    print("field", part)
    key, value = part.split("=")
    fields[key] = value
print(fields)
