for i in range(3):
    inner = i * 2
print(i, inner)
def g():
    for j in range(2):
        pass
    return j
print(g())
if True:
    block_var = "visible"
print(block_var)
while False:
    never = 1
print("never" in globals())
