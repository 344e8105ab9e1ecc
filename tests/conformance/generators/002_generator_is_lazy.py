def noisy():
    for i in range(3):
        print("producing", i)
        yield i
g = noisy()
print("created generator")
for value in g:
    print("consumed", value)
print(list(g))
