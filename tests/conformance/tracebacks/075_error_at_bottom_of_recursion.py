def walk(tree, depth=0):
    print("  " * depth + tree["name"])
    for child in tree["children"]:
        walk(child, depth + 1)
tree = {"name": "root", "children": [
    {"name": "a", "children": []},
    {"name": "b", "children": [{"name": "b1"}]},
]}
walk(tree)
