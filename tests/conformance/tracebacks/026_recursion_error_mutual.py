import sys
sys.setrecursionlimit(30)
def is_even(n):
    return is_odd(n - 1)
def is_odd(n):
    return is_even(n - 1)
print(sys.getrecursionlimit())
print(is_even(4))
