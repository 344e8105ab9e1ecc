try:
    raise ValueError("original problem")
finally:
    print("cleaning up")
