def f():
    try:
        pass
    except Exception as exc:
        pass
