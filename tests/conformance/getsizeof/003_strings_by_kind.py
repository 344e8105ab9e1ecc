import sys
for s in ["", "a", "ab", "abc"]:
    print(len(s), sys.getsizeof(s))
print(sys.getsizeof("\xe9"), sys.getsizeof("\xe9\xe9"))
print(sys.getsizeof("\u20ac"), sys.getsizeof("\u20ac\u20ac"))
print(sys.getsizeof("\U0001F600"), sys.getsizeof("\U0001F600\U0001F600"))
print(sys.getsizeof("a\xe9"), sys.getsizeof("a\u20ac"), sys.getsizeof("a\U0001F600"))
print(sys.getsizeof("a" * 100), sys.getsizeof("\xe9" * 100))
