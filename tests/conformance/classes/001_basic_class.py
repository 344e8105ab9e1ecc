class Dog:
    species = "canis familiaris"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def describe(self):
        return f"{self.name} is {self.age}"
    def birthday(self):
        self.age += 1
rex = Dog("Rex", 3)
print(rex.describe())
rex.birthday()
print(rex.describe(), rex.species)
print(type(rex).__name__, isinstance(rex, Dog))
