class HalfManager:
    def __enter__(self):
        return self
with HalfManager():
    print("never")
