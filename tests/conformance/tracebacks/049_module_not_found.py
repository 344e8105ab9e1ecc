import sys
print("sys imported")
import numpy_does_not_exist
