try:
    from sys import no_such_name
except ImportError as e:
    print("ImportError:", e)
try:
    import sys
    sys.no_such_attribute
except AttributeError as e:
    print("AttributeError:", e)
