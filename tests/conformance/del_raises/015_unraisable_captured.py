import sys
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        return len(text)
    def flush(self):
        pass
class Bad:
    def __del__(self):
        raise KeyError("inside __del__")
cap = Capture()
sys.stderr = cap
b = Bad()
del b
sys.stderr = sys.__stderr__
text = "".join(cap.parts)
lines = text.splitlines()
print(lines[0].split(" at 0x")[0])
print(lines[1])
print(lines[-1])
print(len(lines))
