import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
def depth_reached(n=0):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n
print(depth_reached() > 900)
