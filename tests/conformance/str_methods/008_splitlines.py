texts = ["one\ntwo\r\nthree\rfour", "trailing\n", "\n\nblank\n\n",
         "form\x0cfeed\x0bvtab", "seps\x1c\x1d\x1e", "nel\x85ls\u2028ps\u2029end",
         "", "no breaks", "\r\n\r"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True), t.splitlines(keepends=True))
print("a\nb".splitlines(0), "a\nb".splitlines(1))
try:
    "a".splitlines(1.5)
except TypeError as e:
    print(e)
try:
    "a".splitlines(x=1)
except TypeError as e:
    print(e)
try:
    "a".splitlines(True, False)
except TypeError as e:
    print(e)
