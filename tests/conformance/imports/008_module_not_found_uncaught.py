import copy
import sys
print("copy loaded")
print("sys loaded", sys.getrecursionlimit())
from my_helpers import load_data
data = load_data()
print("never printed")
