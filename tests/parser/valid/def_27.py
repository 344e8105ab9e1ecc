@d
async def f():
    await x
