import sys
from copy import
print(sys)
print("imported")
print("done")
