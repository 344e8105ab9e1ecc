class Dog:
    def bark(self:
        return "woof"
print(Dog().bark())
print("done")
