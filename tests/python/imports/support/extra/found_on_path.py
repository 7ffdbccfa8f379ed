WHERE = "support/extra"


def hello():
    return "hello from " + WHERE
