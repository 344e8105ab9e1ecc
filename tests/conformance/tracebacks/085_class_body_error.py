print("defining")
class Config:
    name = "app"
    size = len(name)
    limit = size + undefined_setting
print("never")
