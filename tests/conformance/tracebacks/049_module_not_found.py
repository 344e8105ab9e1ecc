import sys
import copy
print("sys imported")
print("copy imported", copy.copy([1]))
import numpy_does_not_exist
print("never reached")
