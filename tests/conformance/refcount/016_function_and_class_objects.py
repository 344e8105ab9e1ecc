import sys
def work():
    return 1
base = sys.getrefcount(work)
alias = work
print(sys.getrefcount(work) - base)
table = {"w": work, "v": work}
print(sys.getrefcount(work) - base)
class Box:
    pass
b = sys.getrefcount(Box)
boxes = [Box, Box]
kinds = [type(Box()), type(Box())]
print(sys.getrefcount(Box) - b)
