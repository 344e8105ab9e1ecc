import sys
from copy import
print(sys)
