x: int | None = None
