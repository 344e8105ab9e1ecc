g = lambda a: lambda b: a + b
