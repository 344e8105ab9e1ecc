x = 3
if x > 5:
    pass
else:
    print("x is small")
class Empty:
    pass
def nothing():
    pass
print(Empty.__name__, nothing())
for _ in range(3):
    pass
print("loop done, _ =", _)
