# Aliasing, a shallow copy and a deep copy of nested lists.
import copy
inner = [1, 2]
outer = [inner, [3]]
alias = outer
shallow = copy.copy(outer)
deep = copy.deepcopy(outer)
inner.append(99)
print(alias[0], shallow[0], deep[0])
print(shallow[0] is inner, deep[0] is inner)
