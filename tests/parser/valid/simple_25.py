'docstring'
