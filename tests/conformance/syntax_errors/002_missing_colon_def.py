# A function that builds a greeting.
def greet(name)
    return "hello " + name
names = ["ann", "bob"]
for n in names:
    print(greet(n))
