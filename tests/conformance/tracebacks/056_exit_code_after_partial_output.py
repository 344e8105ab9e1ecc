for i in range(5):
    print("step", i)
    if i == 3:
        raise RuntimeError(f"stopped at step {i}")
    print("step", i, "done")
print("never reached")
