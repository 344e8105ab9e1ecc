def level1():
    a = [1]
    def level2():
        b = [2]
        def level3():
            return a + b
        return level3
    return level2
f3 = level1()()
print(f3())
print(len(f3.__closure__))
print([c.cell_contents for c in f3.__closure__])
f2 = level1()
print(f2.__closure__[0].cell_contents, f2()() == f3())
