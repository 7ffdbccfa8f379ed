# Uncaught implicit chain: an error raised while handling another prints both tracebacks.

class Config:
    def __init__(self, values):
        self.values = values

    def get(self, key):
        try:
            return self.values[key]
        except KeyError:
            raise RuntimeError("missing setting " + repr(key))

def load():
    cfg = Config({"host": "localhost"})
    print(cfg.get("host"))
    return cfg.get("port")

load()
