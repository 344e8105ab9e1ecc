try:
    x = 1
except E as e:
    raise F from e
