def read_lines():
    for line in ["10", "x", "25", "", "7"]:
        yield line
def parse(lines):
    for line in lines:
        if line.isdigit():
            yield int(line)
def running_total(nums):
    total = 0
    for n in nums:
        total += n
        yield total
print(list(running_total(parse(read_lines()))))
print(sum(parse(read_lines())))
