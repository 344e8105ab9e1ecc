print(*a, sep='')
