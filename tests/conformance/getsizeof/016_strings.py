import sys
print(sys.getsizeof(""), sys.getsizeof("a"), sys.getsizeof("abc"))
print(sys.getsizeof("é"), sys.getsizeof("éé"))
print(sys.getsizeof("€"), sys.getsizeof("€€"))
print(sys.getsizeof("😀"), sys.getsizeof("😀😀"))
print(sys.getsizeof("x" * 100), sys.getsizeof("é" * 100))
