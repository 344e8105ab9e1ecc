a, b = 1, 2
(a, b) += (1, 1)
print(a, b)
