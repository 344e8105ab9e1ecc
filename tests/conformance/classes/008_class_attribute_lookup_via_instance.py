class Settings:
    debug = False
    level = 1
s = Settings()
print(s.debug, s.level, vars(s))
s.debug = True
print(s.debug, Settings.debug, vars(s))
print(vars(Settings)["level"])
print("debug" in vars(Settings), "debug" in vars(s))
