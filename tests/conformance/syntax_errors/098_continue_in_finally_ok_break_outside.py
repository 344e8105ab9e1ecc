def f():
    for i in range(2):
        try:
            pass
        finally:
            continue
    return "ok"
print(f())
break
