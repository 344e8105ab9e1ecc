import sys
class Tool:
    @classmethod
    def make(cls):
        return cls
    @staticmethod
    def helper():
        return "static"
base = sys.getrefcount(Tool)
m = Tool.make
print(m.__self__ is Tool, m() is Tool)
print(sys.getrefcount(Tool) - base)
print(Tool.helper is Tool().helper, Tool.helper())
del m
print(sys.getrefcount(Tool) - base)
