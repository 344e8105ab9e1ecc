callbacks = []
for i in range(3):
    def cb():
        return i
    callbacks.append(cb)
print([f() for f in callbacks])
bound = []
for i in range(3):
    def cb(i=i):
        return i
    bound.append(cb)
print([f() for f in bound])
i = 100
print([f() for f in callbacks])
