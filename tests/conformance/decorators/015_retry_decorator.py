def retry(times):
    def decorator(fn):
        def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return "gave up"
        return wrapper
    return decorator
state = {"n": 0}
@retry(3)
def flaky():
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "success"
print(flaky())
print(flaky())
