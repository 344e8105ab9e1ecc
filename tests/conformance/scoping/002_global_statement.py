counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
print(bump(), bump(5), counter)
def create():
    global created
    created = "made inside"
create()
print(created)
