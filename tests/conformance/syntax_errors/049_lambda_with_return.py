square = lambda x: x * x
print(square(3))
double = lambda x: return x * 2
print(double(3))
print("done")
