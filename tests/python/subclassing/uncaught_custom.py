# An uncaught exception subclass with extra fields and a custom __str__ raised from nested calls.

class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem

    def __str__(self):
        return self.field + ": " + self.problem

def check_age(record):
    if record["age"] < 0:
        raise ValidationError("age", "must not be negative")
    return record["age"]

def validate(records):
    return [check_age(r) for r in records]

print(validate([{"age": 3}, {"age": 40}]))
try:
    validate([{"age": -1}])
except ValueError as e:
    print("caught", type(e).__name__, e, e.args)
validate([{"age": 1}, {"age": -5}])
