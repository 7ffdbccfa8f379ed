# try/except/else/finally, a named handler (cleared on every way out), raise forms, and return through finally.
def parse(text):
    try:
        value = int(text)
    except (ValueError, TypeError) as e:
        print("bad", e)
        raise RuntimeError("conversion failed") from e
    except Exception:
        raise
    else:
        return value
    finally:
        print("parsed", text)


def loop_with_cleanup(items):
    for item in items:
        try:
            if item is None:
                continue
            if item < 0:
                break
        finally:
            print("done with", item)


assert parse("12") == 12, "parse"
loop_with_cleanup([1, None, -1])
