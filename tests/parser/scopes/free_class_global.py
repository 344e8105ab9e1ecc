class C:
    global g
    def m(self):
        return g
