def not_yet():
    pass
def also_not_yet():
    ...
class Placeholder:
    ...
print(not_yet(), also_not_yet(), Placeholder.__name__)
for _ in range(2):
    pass
if True:
    pass
print("placeholders are fine")
