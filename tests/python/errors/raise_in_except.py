def convert(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError("conversion failed for " + text)

convert("abc")
