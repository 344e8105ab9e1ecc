class Settings:
    debug = True
print(Settings.debug)
print(Setings.debug)
