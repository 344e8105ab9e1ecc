def f():
    import os.path
    import sys as s
    from x import y, z as w
