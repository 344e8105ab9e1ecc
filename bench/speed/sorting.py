# sorted() and list.sort() on ints, tuples and with key functions.
seed = 12345
nums = []
for i in range(200_000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    nums.append(seed % 100_000)
a = sorted(nums)
b = sorted(nums, reverse=True)
recs = [(n % 100, n) for n in nums[:100_000]]
recs.sort()
by_key = sorted(nums[:100_000], key=lambda n: (n % 10, -n))
words = [str(n) for n in nums[:100_000]]
words.sort(key=len)
print(a[:3], b[:3], recs[0], by_key[:3], words[0])
