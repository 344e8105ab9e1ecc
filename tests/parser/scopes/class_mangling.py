class C:
    __x = 1
    def m(self, __y):
        __z = self.__x
        return __z + __y
