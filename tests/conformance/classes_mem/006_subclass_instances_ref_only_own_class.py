import sys
class Base:
    pass
class Sub(Base):
    pass
bb = sys.getrefcount(Base)
bs = sys.getrefcount(Sub)
items = [Sub(), Sub(), Sub()]
print(sys.getrefcount(Base) - bb, sys.getrefcount(Sub) - bs)
items.append(Base())
print(sys.getrefcount(Base) - bb, sys.getrefcount(Sub) - bs)
class Sub2(Base):
    pass
print(sys.getrefcount(Base) - bb > 0)
