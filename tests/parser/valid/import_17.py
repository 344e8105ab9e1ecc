from . import (a as b)
