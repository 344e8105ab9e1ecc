@d
def f(): pass
