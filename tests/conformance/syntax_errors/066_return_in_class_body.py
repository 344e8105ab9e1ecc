class Config:
    debug = True
    return debug
print(Config.debug)
print("done")
