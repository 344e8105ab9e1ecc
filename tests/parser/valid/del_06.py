del a.b
