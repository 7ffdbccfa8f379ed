def fetch(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise LookupError("no such setting") from e

fetch({}, "color")
