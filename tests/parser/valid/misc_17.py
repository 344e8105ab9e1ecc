x = await_
