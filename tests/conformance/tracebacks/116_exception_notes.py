def validate(age):
    try:
        if age < 0:
            raise ValueError("age must be positive")
    except ValueError as e:
        e.add_note(f"while validating age={age}")
        e.add_note("check the input file")
        raise
validate(5)
validate(-1)
