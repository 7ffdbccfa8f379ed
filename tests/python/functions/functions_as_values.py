def double(x):
    return 2 * x

def negate(x):
    return -x

operations = {"double": double, "negate": negate}
for name in operations:
    print(name, operations[name](21))

def apply_all(functions, value):
    return [f(value) for f in functions]

print(apply_all([double, negate, abs, str], -4))
alias = double
print(alias(8), alias is double)
print(type(double))

def make_adder(n):
    def add(x):
        return x + n
    return add

adders = [make_adder(i) for i in range(3)]
print([f(10) for f in adders])
