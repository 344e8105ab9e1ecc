from .a import b
