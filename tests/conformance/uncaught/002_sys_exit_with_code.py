import sys
print("partial work done")
sys.exit(3)
print("never")
