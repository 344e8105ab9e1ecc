if a:
    pass
# trailing comment
