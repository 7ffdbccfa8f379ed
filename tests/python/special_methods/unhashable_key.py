# An uncaught TypeError from using an instance with __eq__ but no __hash__ as a dict key.

class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

def index(names):
    table = {}
    for n in names:
        table[Key(n)] = len(table)
    return table

print("indexing")
index(["a", "b"])
print("unreachable")
