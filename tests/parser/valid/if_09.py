if a:

    # comment

    pass
