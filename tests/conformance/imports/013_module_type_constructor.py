# type(sys) is the module type: module(name, doc=None) makes a module.
import sys
M=type(sys)
m=M('fake'); print(m.__dict__, repr(m))
m2=M('f2','doc'); print(m2.__dict__)
try: M(1)
except TypeError as e: print(e)
try: M()
except TypeError as e: print(e)
