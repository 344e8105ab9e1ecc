def work():
    try:
        print("working")
    print("after")
work()
