class A:
    pass
class B(A):
    pass
print(isinstance(B(), A), isinstance(A(), B))
print(isinstance(3, (str, float)), isinstance(3.0, (str, float)))
print(issubclass(B, (int, A)), issubclass(A, A), issubclass(bool, (str, int)))
try:
    isinstance(3, "int")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(B(), A)
except TypeError as e:
    print("TypeError:", e)
