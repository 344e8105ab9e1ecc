class Bad:
    def __del__(self):
        print("Bad.__del__ runs")
        raise ValueError("at shutdown")
class Noisy:
    def __del__(self):
        print("Noisy.__del__ runs")
bad = Bad()
ok = Noisy()
print("end")
