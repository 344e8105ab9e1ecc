# SyntaxError(...) made by a program: str() with no message is 'None',
# the location tuple takes 4 to 6 items (PyArg_ParseTuple's messages).
cases = [(), ('m',), ('m', ('f.py', 3, 4, 'x = 1\n')), ('m', ('/a/b/f.py', 3, 4, 'x', 3, 6)), ('m', (None, 5, None, None)),
         ('m', ('f', None, 1, 't')), (1, 2), ('m', ('f', 1, 2)), ('m', ('f', 1, 2, 3, 4, 5, 6)), ('a', 'b', 'c'), (None,), ('m', [1, 2, 3, 4])]
for c in cases:
    try:
        e = SyntaxError(*c)
        print(repr(e), '|', str(e), '|', e.args, e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
    except Exception as ex:
        print(c, type(ex).__name__, ex)
e = IndentationError('x', ('q.py', 1, 2, 'l'))
print(str(e), type(e).__mro__[1].__name__)
e = SyntaxError('m'); e.lineno = 4
print(str(e)); e.filename = 'z/y.py'; print(str(e)); e.lineno = '4'; print(str(e))
try:
    compile_error = None
    exec_ = None
except SyntaxError as e:
    pass
