class _C:
    def m(self):
        __a = 1
        return __a
class __:
    def m(self):
        __b = 1
