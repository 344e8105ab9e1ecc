class Session:
    last = None
    def __init__(self, user):
        self.user = user
    def __del__(self):
        print("closing", self.user)
        Session.last = self
s = Session("ann")
s = Session("bob")
print("last:", Session.last.user)
s = None
print("last:", Session.last.user)
Session.last = None
print("end")
