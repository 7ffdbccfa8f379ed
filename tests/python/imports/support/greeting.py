from . import LOADED
LOADED.append("greeting")
PREFIX = "Hello"

def greet(name):
    return f"{PREFIX}, {name}!"

_private = "hidden"
__all__ = ["greet", "PREFIX"]
