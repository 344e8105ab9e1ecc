async def f(a):
    return [await x for x in a]
