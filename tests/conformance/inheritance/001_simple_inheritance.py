class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def intro(self):
        return f"I am {self.name} and I say {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Fish(Animal):
    pass
for a in [Animal("thing"), Cat("tom"), Fish("nemo")]:
    print(a.intro())
print(issubclass(Cat, Animal), isinstance(Cat("x"), Animal))
