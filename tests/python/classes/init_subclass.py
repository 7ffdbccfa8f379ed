# __init_subclass__ (an implicit class method) and class keywords.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

class Csv(Plugin, name="csv"):
    pass

class Json(Plugin):
    pass

class Fancy(Json, name="fancy"):
    pass

print(sorted(Plugin.registry), Csv.plugin_name, Json.plugin_name, Fancy.plugin_name)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Base:
    pass

try:
    class Bad(Base, unexpected=1):
        pass
except TypeError as e:
    print("TypeError:", e)

class Generic:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"

print(Generic[int])
