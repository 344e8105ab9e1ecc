import sys
# A str-keys table turns into a general one when a non-str key arrives;
# CPython 3.11 sizes the new table with its 64-bit calculate_log2_keysize.
for n in range(0, 12):
    d = {}
    for i in range(n):
        d["k%d" % i] = i
    d[1] = "int key"
    print(n, sys.getsizeof(d), len(d))
e = {"a": 1}
e[(1, 2)] = 2
print(sys.getsizeof(e), sys.getsizeof(e.copy()), sys.getsizeof(dict(e)))
f = dict.fromkeys("abc")
f[None] = 0
print(sys.getsizeof(f))
