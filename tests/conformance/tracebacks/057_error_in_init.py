class Temperature:
    def __init__(self, text):
        self.value = float(text.rstrip("C"))
print(Temperature("21.5C").value)
t = Temperature("warm")
