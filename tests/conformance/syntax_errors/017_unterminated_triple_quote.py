x = 1
doc = """This docstring
never ends
print(doc)
x = 1
