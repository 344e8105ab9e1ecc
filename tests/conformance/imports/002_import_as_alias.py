import sys as system
import copy as cp
print(system.__name__, cp.__name__)
import sys
print(system is sys)
from sys import getrecursionlimit as limit
print(limit() == sys.getrecursionlimit())
print(type(sys).__name__, type(cp).__name__)
