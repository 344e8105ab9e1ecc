def show(*args, **kwargs):
    print("args:", args)
    print("kwargs:", kwargs)
show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "x", key="v")
def total(*nums):
    return sum(nums)
print(total(), total(5), total(1, 2, 3, 4))
