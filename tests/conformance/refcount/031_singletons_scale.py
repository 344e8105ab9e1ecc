# None, True and False are ordinary objects in 3.11: thousands of
# references from start-up, far below the ~10**9 of the immortal small ints.
import sys

none = sys.getrefcount(None)
true = sys.getrefcount(True)
false = sys.getrefcount(False)
one = sys.getrefcount(1)
print(1000 < none < 100000, 100 < true < 10000, 100 < false < 10000)
print(none < one, true < one, false < one, one > 10**8)
flags = [True] * 50
print(sys.getrefcount(True) - true)
del flags
print(sys.getrefcount(True) - true)
