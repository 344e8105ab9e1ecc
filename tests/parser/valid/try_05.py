try:
    pass
except A:
    pass
except B:
    pass
else:
    pass
finally:
    pass
