def greet name:
    pass
