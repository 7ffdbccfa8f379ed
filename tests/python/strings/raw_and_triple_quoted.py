print(r"C:\new\table")
print(len(r"\n"), repr(r"\n"))
text = """first line
    second "quoted" line
third"""
print(text)
print(len(text.splitlines()))
other = '''it's
fine'''
print(other)
joined = "implicit " "concatenation " 'works'
print(joined)
cont = """a\
b"""
print(cont)
