def compute(x):
return x * 2
print(compute(4))
