# double a number
def compute(x):
return x * 2
print(compute(4))
print(compute(5))
