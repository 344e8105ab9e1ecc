class Temp:
    def __init__(self, c):
        self.c = c
    def __str__(self):
        return f"{self.c:.1f} C"
print(f"now {Temp(21.5)}")
print(f"now {Temp('hot')}")
