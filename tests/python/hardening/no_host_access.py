# No way from a program to the host JVM: no Java or polyglot modules, no hidden builtins.
try:
    import java
except ImportError as e:
    print(type(e).__name__, e)
try:
    import polyglot
except ImportError as e:
    print(type(e).__name__, e)
try:
    from org.graalvm import polyglot
except ImportError as e:
    print(type(e).__name__, e)
try:
    import __graalpython__
except ImportError as e:
    print(type(e).__name__, e)
import builtins
print(sorted(n for n in dir(builtins) if "java" in n.lower() or "host" in n.lower() or "polyglot" in n.lower()))
