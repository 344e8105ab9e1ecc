while True: break
