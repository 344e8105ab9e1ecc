async def f(a):
    async for x in a:
        async with x as y:
            pass
