import sys
print("exiting with True")
sys.exit(True)
