def find_first_negative(numbers):
    for i, n in enumerate(numbers):
        if n < 0:
            return i, n
    return None
print(find_first_negative([3, 1, -4, 1, -5]))
print(find_first_negative([1, 2, 3]))
def safe_div(a, b):
    if b == 0:
        return "undefined"
    return a / b
print(safe_div(1, 0), safe_div(9, 3))
