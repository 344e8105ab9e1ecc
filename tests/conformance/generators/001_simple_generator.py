def count_up(n):
    print("start")
    i = 0
    while i < n:
        yield i
        i += 1
    print("end")
gen = count_up(3)
print(type(gen).__name__)
print(next(gen))
print(next(gen))
print(next(gen))
print(next(gen, "done"))
print(list(count_up(2)))
