import sys
import sys as again
sys.my_custom_value = 42
print(again.my_custom_value)
del sys.my_custom_value
print(hasattr(again, "my_custom_value"))
