from .....a import b
