def configure(*):
    return "ok"
print(configure())
print("configured")
print("done")
