"""Vectors for core/numfmt (filled in below as the library grows)."""
SECTIONS = []
