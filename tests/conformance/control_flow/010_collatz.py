def collatz(n):
    steps = [n]
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps.append(n)
    return steps
print(collatz(6))
print(len(collatz(27)), max(collatz(27)))
