class A:
    def m(self):
        def g():
            return super()
        return g
