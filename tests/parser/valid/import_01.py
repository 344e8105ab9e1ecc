import a.b.c
