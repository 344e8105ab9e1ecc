import sys
def main():
    print("all good")
    return 0
sys.exit(main())
