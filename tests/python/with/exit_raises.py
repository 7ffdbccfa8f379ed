# __exit__ raising while an exception is in flight: the traceback shows both, chained.

class Fragile:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            raise RuntimeError("cleanup failed after " + exc_type.__name__)

with Fragile():
    print("fine")
with Fragile():
    data = {"a": 1}
    print(data["b"])
