def describe(name, age, city="nowhere"):
    print(name, age, city)

describe("Ann", 30)
describe(age=31, name="Bob")
describe("Cy", city="Oslo", age=7)

def config(*, verbose=False, level):
    print("verbose", verbose, "level", level)

config(level=3)
config(verbose=True, level=1)

def mixed(a, b=2, *rest, key="k", **extra):
    print(a, b, rest, key, extra)

mixed(1)
mixed(1, 3, 5, 7, key="z", other=9)
