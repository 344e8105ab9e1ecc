import copy, gc, sys, weakref
print(copy.__name__, sys.__name__, gc.__name__, weakref.__name__)
from copy import deepcopy
from copy import copy as shallow
data = [[1, 2], [3]]
deep = deepcopy(data)
flat = shallow(data)
data[0].append(99)
print(deep, flat)
print(deepcopy is copy.deepcopy, shallow is copy.copy)
