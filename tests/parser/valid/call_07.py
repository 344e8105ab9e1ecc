f(**kw)
