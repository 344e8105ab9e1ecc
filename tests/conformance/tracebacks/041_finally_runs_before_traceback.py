def risky():
    raise ValueError("original problem")
try:
    print("trying")
    risky()
finally:
    print("cleaning up")
