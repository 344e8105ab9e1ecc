import sys
holder = []
class Probe:
    def __del__(self):
        print("inside __del__:", sys.getrefcount(self))
        holder.append(self)
        print("after saving:", sys.getrefcount(self))
p = Probe()
del p
print("outside:", sys.getrefcount(holder[0]))
