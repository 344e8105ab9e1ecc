x = {  # comment
    1: 2,  # another
}
