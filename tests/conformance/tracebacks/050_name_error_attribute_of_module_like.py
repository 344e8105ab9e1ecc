class Settings:
    debug = True
    level = 3
print(Settings.debug)
print(Settings.level)
print(Setings.debug)
