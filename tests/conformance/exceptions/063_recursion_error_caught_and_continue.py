import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
def measure(n=1):
    try:
        return measure(n + 1)
    except RecursionError:
        return n
print("depth reached:", measure())
print("limit:", sys.getrecursionlimit())
sys.setrecursionlimit(200)
print("depth with 200:", measure())
print("program continues")
