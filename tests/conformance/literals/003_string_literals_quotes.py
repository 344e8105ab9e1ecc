a = 'single'
b = "double"
c = '''triple
single'''
d = """triple "double" quotes"""
print(a, b)
print(c)
print(d)
print('it\'s', "say \"hi\"")
print("adjacent " 'literals ' "join")
print(len(''), len(""), len(""""""))
