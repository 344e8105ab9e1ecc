double = lambda x: return x * 2
print(double(3))
