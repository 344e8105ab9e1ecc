calls = []
def index():
    calls.append("index")
    return 0
def container():
    calls.append("container")
    return data
data = [10]
container()[index()] += 5
print(data, calls)
