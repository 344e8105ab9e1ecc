a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b)
print(b - a)
print(a * b)
print(b // a, b % a)
print(-b // a, -b % a)
print(a ** 2 > b, a < b)
print(a == 123456789012345678901234567890)
print(hash(2 ** 70) == hash(2 ** 70))
