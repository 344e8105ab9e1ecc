import copy
class Thing:
    def __deepcopy__(self, memo):
        raise copy.Error("cannot copy Thing")
try:
    copy.deepcopy(Thing())
except copy.Error as e:
    print("caught", type(e).__name__, e)
raise copy.Error("uncaught copy error")
