def describe(name, age, city="?"):
    return f"{name} ({age}) from {city}"
print(describe("Ann", 30))
print(describe(age=25, name="Bob"))
print(describe("Cy", city="Oslo", age=41))
kwargs = {"city": "Rome", "age": 22}
print(describe("Dee", **kwargs))
def collect(**kw):
    return list(kw.items())
print(collect(z=1, a=2, m=3))
