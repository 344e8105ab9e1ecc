import sys
def f():
    pass
class C:
    def m(self):
        pass
c = C()
def gen():
    yield 1
print(sys.getsizeof(f), sys.getsizeof(c.m), sys.getsizeof(C.m))
print(sys.getsizeof(True), sys.getsizeof(1.5), sys.getsizeof(2j))
print(sys.getsizeof(slice(1, 2)), sys.getsizeof(range(3)))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(())), sys.getsizeof(iter("")))
print(sys.getsizeof(gen()) > 0, sys.getsizeof(property()))
print(sys.getsizeof(sys), sys.getsizeof(len))
