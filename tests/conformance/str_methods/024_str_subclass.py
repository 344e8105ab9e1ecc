class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("ada")
print(type(n).__name__, n, repr(n), n.shout(), len(n))
print(type(n.upper()).__name__, type(n.strip()).__name__,
      type(n.replace("x", "y")).__name__, type(n[:]).__name__,
      type(n.center(1)).__name__, type(n + "").__name__, type(str(n)).__name__)
print(n.strip() is n, n.replace("q", "r") is n, str(n) is n)
print(type(n.partition("q")[0]).__name__, n.partition("q")[0] is n)
print(type(n.format()).__name__, n.format() is n)
print(type(n.split()[0]).__name__, n == "ada", "ada" == n, n < "b")
print(type(Name()).__name__, repr(Name()), Name(b"xy", "ascii"), type(Name(5)).__name__)
print(type("".join([n])).__name__, type(n.__format__("")).__name__)
print(type(n.removeprefix("q")).__name__, type(n.lower()).__name__)
print(type(n * 1).__name__, type(n.zfill(1)).__name__)
