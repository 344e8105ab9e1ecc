total = 0
def add(n):
    total = 5
    global total
    total += n
add(1)
print(total)
