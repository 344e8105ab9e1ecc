def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result
print(factorial(20))
print(factorial(25))
print(factorial(50))
f50 = factorial(50)
print(f50 // factorial(48))
print(f50 % 1000003)
digits = str(f50)
print(len(digits), digits.count("0"), sum(int(d) for d in digits))
