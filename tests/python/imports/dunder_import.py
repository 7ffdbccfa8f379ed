# __import__: the function behind the import statement.
m = __import__('math')
print(m.sqrt(16), m is __import__('math'))
top = __import__('support.greeting')
print(top.__name__, top.greeting.greet('x'))
leaf = __import__('support.greeting', fromlist=['greet'])
print(leaf.__name__, leaf.PREFIX)
coll = __import__('collections', globals(), locals(), ['deque'], 0)
print(coll.__name__, coll.deque([1, 2]))
name = 'itertools'
print(list(__import__(name).islice('abcdef', 3)))
for bad, error in ((5, TypeError), ('', ValueError), ('no_such_module_here', ImportError)):
    try:
        __import__(bad)
    except error as e:
        print(type(e).__name__, e)
