class C(B, **kw, metaclass=M):
    pass
