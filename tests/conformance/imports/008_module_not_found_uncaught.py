import copy
print("copy loaded")
from my_helpers import load_data
print("never printed")
