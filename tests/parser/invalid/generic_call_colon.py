print(1:)
