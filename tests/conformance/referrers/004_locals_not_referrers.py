import gc
class Target:
    pass
def make():
    local = Target()
    return len(gc.get_referrers(local))
print(make())
def with_list():
    local = Target()
    holder = [local, local]
    found = gc.get_referrers(local)
    return len(found), found[0] is holder
print(with_list())
