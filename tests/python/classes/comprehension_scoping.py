# global and nonlocal together with comprehensions, assignment expressions and nested classes.

counter = 0

def bump_all(n):
    global counter
    return [counter := counter + 1 for _ in range(n)]

print(bump_all(3), counter)

def running_sums(values):
    total = 0

    def add_all():
        nonlocal total
        return [total := total + v for v in values]

    sums = add_all()
    return sums, total

print(running_sums([1, 2, 3, 4]))

# An assignment expression in a comprehension binds in the enclosing function.
def last_long_word(words):
    found = [last := w for w in words if len(w) > 3]
    return found, last

print(last_long_word(["a", "tree", "is", "green"]))

# At module level it binds a global.
[module_last := x for x in range(5)]
print(module_last)

# Comprehension variables are local to the comprehension, even with the same name as a global.
x = "global x"
squares = [x * x for x in range(4)]
print(squares, x)

# Nested comprehensions see the enclosing comprehension's variables.
print([[i * j for j in range(i)] for i in range(4)])

# A comprehension inside a method sees the method's locals and globals but not the class namespace.
scale = 100

class Table:
    scale = 2

    def scaled(self, values):
        return [v * scale for v in values]

    def scaled_by_class(self, values):
        return [v * Table.scale for v in values]

print(Table().scaled([1, 2]), Table().scaled_by_class([1, 2]))

# global declared in a class nested in a function.
def make():
    class Config:
        global configured
        configured = "set from class body"
    return Config

make()
print(configured)

# nonlocal from a method of a class nested in a function, driven by a comprehension.
def tally(items):
    count = 0

    class Visitor:
        def visit(self, item):
            nonlocal count
            count += item
            return count

    v = Visitor()
    return [v.visit(i) for i in items], count

print(tally([5, 10, 20]))

# Lambdas created in a comprehension capture the comprehension variable late.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
