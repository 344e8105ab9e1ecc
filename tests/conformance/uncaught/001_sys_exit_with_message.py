import sys
print("checking input")
sys.exit("error: no input file")
