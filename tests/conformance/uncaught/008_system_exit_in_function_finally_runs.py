import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(4)
    finally:
        print("finally still runs")
shutdown()
