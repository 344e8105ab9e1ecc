import sys
class Thing:
    pass
x = Thing()
y = Thing()
bx = sys.getrefcount(x)
by = sys.getrefcount(y)
row = [x, y]
part = row[:1]
print(sys.getrefcount(x) - bx, sys.getrefcount(y) - by)
copy2 = row[:]
print(sys.getrefcount(x) - bx, sys.getrefcount(y) - by)
d = {"k": row}
rb = sys.getrefcount(row)
vals = d.values()
print(sys.getrefcount(row) - rb, sys.getrefcount(d))
