total = 10
def broken():
    print("about to read total")
    print(total)
    total = 0
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def fixed():
    global total
    total += 1
fixed()
print(total)
