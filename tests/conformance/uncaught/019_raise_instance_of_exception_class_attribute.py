class Errors:
    NotFound = type("NotFound", (LookupError,), {})
raise Errors.NotFound("missing item")
