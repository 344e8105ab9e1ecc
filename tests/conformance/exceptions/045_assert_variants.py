def check(f):
    try:
        f()
    except AssertionError as e:
        print("AssertionError str=%r args=%r" % (str(e), e.args))
def a1():
    assert False
def a2():
    assert 1 == 2, "numbers differ"
def a3():
    assert [], [1, 2]
def a4():
    x = 5
    assert x < 3, f"x is {x}"
def a5():
    assert None, None
def a6():
    assert 0, ("a", 1)
for f in (a1, a2, a3, a4, a5, a6):
    check(f)
assert True, "never shown"
print("done")
