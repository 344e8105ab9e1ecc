def close(resource):
    raise RuntimeError(f"cannot close {resource}")
try:
    print("using resource")
    1 / 0
finally:
    close("file")
