try:
    pass
except f() as e:
    pass
