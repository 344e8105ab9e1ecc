class Robot:
    def __init__(self, name):
        self.name = name
    def move_forward(self, steps):
        return f"{self.name} moves {steps}"
r = Robot("r2")
print(r.move_forward(2))
print(r.move_foward(3))
