class A:
    class B:
        def m(self):
            return A, B
    def n(self):
        return self.B
