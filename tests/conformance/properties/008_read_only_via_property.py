class Token:
    def __init__(self, secret):
        self._secret = secret
    @property
    def secret(self):
        return self._secret[:2] + "***"
t = Token("abcdef")
print(t.secret)
try:
    del t.secret
except AttributeError as e:
    print("AttributeError:", e)
t._secret = "zzzz"
print(t.secret)
