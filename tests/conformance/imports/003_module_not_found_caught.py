try:
    import numpy_is_not_installed
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
    print(e.name, isinstance(e, ImportError))
try:
    from missing_package import thing
except ImportError as e:
    print(type(e).__name__, e)
print("program continues")
