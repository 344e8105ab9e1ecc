for v in [0, 7, -7, 255, -255, 2**64, True]:
    print("%d|%5d|%-5d|%05d|%+d|% d|%.3d|%x|%X|%#x|%#X|%o|%#o|%#08x|%-#8o|" %
          (v, v, v, v, v, v, v, v, v, v, v, v, v, v, v))
print("%x" % 3.0 if False else "%d" % 3.7)
print("%+05d|%+ d|% 05d|%-+5d|" % (3, 3, 3, 3))
print("%#.5x|%#10.5o|" % (255, 8))
print("%u" % -3, "%i" % 42)
