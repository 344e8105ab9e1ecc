class Config:
    base = 10
    doubled = base * 2
    def get(self):
        return Config.base
print(Config.doubled, Config().get())
class Broken:
    y = 5
    try:
        items = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
print(Broken.err)
