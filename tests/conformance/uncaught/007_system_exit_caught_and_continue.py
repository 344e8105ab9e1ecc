import sys
try:
    sys.exit(2)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code:", e.code, e.args)
try:
    sys.exit("msg", ) 
except SystemExit as e:
    print("message code:", repr(e.code))
print("still running")
