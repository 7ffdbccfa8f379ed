package dev.krait.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The builtin types and the builtin exception hierarchy. They are immutable and language-independent, so they are
 * static and shared by every context; their methods are filled in once by the builtins registry.
 */
public final class BuiltinClasses {
    private BuiltinClasses() {
    }

    private static final Map<String, PythonClass> BY_NAME = new LinkedHashMap<>();

    public static final PythonClass OBJECT = define("object");
    public static final PythonClass TYPE = define("type", OBJECT);
    public static final PythonClass INT = define("int", OBJECT);
    public static final PythonClass BOOL = define("bool", INT);
    public static final PythonClass FLOAT = define("float", OBJECT);
    public static final PythonClass STR = define("str", OBJECT);
    public static final PythonClass BYTES = define("bytes", OBJECT);
    public static final PythonClass BYTEARRAY = define("bytearray", OBJECT);
    public static final PythonClass LIST = define("list", OBJECT);
    public static final PythonClass TUPLE = define("tuple", OBJECT);
    public static final PythonClass DICT = define("dict", OBJECT);
    public static final PythonClass SET = define("set", OBJECT);
    public static final PythonClass FROZENSET = define("frozenset", OBJECT);
    public static final PythonClass RANGE = define("range", OBJECT);
    public static final PythonClass SLICE = define("slice", OBJECT);
    public static final PythonClass NONE_TYPE = internal("NoneType", OBJECT);
    public static final PythonClass ELLIPSIS_TYPE = internal("ellipsis", OBJECT);
    public static final PythonClass NOT_IMPLEMENTED_TYPE = internal("NotImplementedType", OBJECT);
    public static final PythonClass FUNCTION = internal("function", OBJECT);
    public static final PythonClass BUILTIN_FUNCTION = internal("builtin_function_or_method", OBJECT);
    public static final PythonClass METHOD = internal("method", OBJECT);
    public static final PythonClass MODULE = internal("module", OBJECT);
    public static final PythonClass ITERATOR = internal("iterator", OBJECT);
    public static final PythonClass LIST_ITERATOR = internal("list_iterator", OBJECT);
    public static final PythonClass TUPLE_ITERATOR = internal("tuple_iterator", OBJECT);
    public static final PythonClass STR_ITERATOR = internal("str_ascii_iterator", OBJECT);
    public static final PythonClass RANGE_ITERATOR = internal("range_iterator", OBJECT);
    public static final PythonClass DICT_KEYITERATOR = internal("dict_keyiterator", OBJECT);
    public static final PythonClass DICT_VALUEITERATOR = internal("dict_valueiterator", OBJECT);
    public static final PythonClass DICT_ITEMITERATOR = internal("dict_itemiterator", OBJECT);
    public static final PythonClass SET_ITERATOR = internal("set_iterator", OBJECT);
    public static final PythonClass DICT_KEYS = internal("dict_keys", OBJECT);
    public static final PythonClass DICT_VALUES = internal("dict_values", OBJECT);
    public static final PythonClass DICT_ITEMS = internal("dict_items", OBJECT);
    public static final PythonClass ENUMERATE = define("enumerate", OBJECT);
    public static final PythonClass ZIP = define("zip", OBJECT);
    public static final PythonClass MAP = define("map", OBJECT);
    public static final PythonClass FILTER = define("filter", OBJECT);
    public static final PythonClass REVERSED = define("reversed", OBJECT);
    public static final PythonClass GENERATOR = internal("generator", OBJECT);
    public static final PythonClass TRACEBACK = internal("traceback", OBJECT);
    public static final PythonClass CALLABLE_ITERATOR = internal("callable_iterator", OBJECT);
    public static final PythonClass LIST_REVERSEITERATOR = internal("list_reverseiterator", OBJECT);
    public static final PythonClass PROPERTY = define("property", OBJECT);
    public static final PythonClass STATICMETHOD = define("staticmethod", OBJECT);
    public static final PythonClass CLASSMETHOD = define("classmethod", OBJECT);
    public static final PythonClass SUPER = define("super", OBJECT);

    public static final PythonClass BASE_EXCEPTION = define("BaseException", OBJECT);
    public static final PythonClass GENERATOR_EXIT = define("GeneratorExit", BASE_EXCEPTION);
    public static final PythonClass KEYBOARD_INTERRUPT = define("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PythonClass SYSTEM_EXIT = define("SystemExit", BASE_EXCEPTION);
    public static final PythonClass EXCEPTION = define("Exception", BASE_EXCEPTION);
    public static final PythonClass ARITHMETIC_ERROR = define("ArithmeticError", EXCEPTION);
    public static final PythonClass FLOATING_POINT_ERROR = define("FloatingPointError", ARITHMETIC_ERROR);
    public static final PythonClass OVERFLOW_ERROR = define("OverflowError", ARITHMETIC_ERROR);
    public static final PythonClass ZERO_DIVISION_ERROR = define("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PythonClass ASSERTION_ERROR = define("AssertionError", EXCEPTION);
    public static final PythonClass ATTRIBUTE_ERROR = define("AttributeError", EXCEPTION);
    public static final PythonClass BUFFER_ERROR = define("BufferError", EXCEPTION);
    public static final PythonClass EOF_ERROR = define("EOFError", EXCEPTION);
    public static final PythonClass IMPORT_ERROR = define("ImportError", EXCEPTION);
    public static final PythonClass MODULE_NOT_FOUND_ERROR = define("ModuleNotFoundError", IMPORT_ERROR);
    public static final PythonClass LOOKUP_ERROR = define("LookupError", EXCEPTION);
    public static final PythonClass INDEX_ERROR = define("IndexError", LOOKUP_ERROR);
    public static final PythonClass KEY_ERROR = define("KeyError", LOOKUP_ERROR);
    public static final PythonClass MEMORY_ERROR = define("MemoryError", EXCEPTION);
    public static final PythonClass NAME_ERROR = define("NameError", EXCEPTION);
    public static final PythonClass UNBOUND_LOCAL_ERROR = define("UnboundLocalError", NAME_ERROR);
    public static final PythonClass OS_ERROR = define("OSError", EXCEPTION);
    public static final PythonClass BLOCKING_IO_ERROR = define("BlockingIOError", OS_ERROR);
    public static final PythonClass CHILD_PROCESS_ERROR = define("ChildProcessError", OS_ERROR);
    public static final PythonClass CONNECTION_ERROR = define("ConnectionError", OS_ERROR);
    public static final PythonClass BROKEN_PIPE_ERROR = define("BrokenPipeError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_ABORTED_ERROR = define("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_REFUSED_ERROR = define("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PythonClass CONNECTION_RESET_ERROR = define("ConnectionResetError", CONNECTION_ERROR);
    public static final PythonClass FILE_EXISTS_ERROR = define("FileExistsError", OS_ERROR);
    public static final PythonClass FILE_NOT_FOUND_ERROR = define("FileNotFoundError", OS_ERROR);
    public static final PythonClass INTERRUPTED_ERROR = define("InterruptedError", OS_ERROR);
    public static final PythonClass IS_A_DIRECTORY_ERROR = define("IsADirectoryError", OS_ERROR);
    public static final PythonClass NOT_A_DIRECTORY_ERROR = define("NotADirectoryError", OS_ERROR);
    public static final PythonClass PERMISSION_ERROR = define("PermissionError", OS_ERROR);
    public static final PythonClass PROCESS_LOOKUP_ERROR = define("ProcessLookupError", OS_ERROR);
    public static final PythonClass TIMEOUT_ERROR = define("TimeoutError", OS_ERROR);
    public static final PythonClass REFERENCE_ERROR = define("ReferenceError", EXCEPTION);
    public static final PythonClass RUNTIME_ERROR = define("RuntimeError", EXCEPTION);
    public static final PythonClass NOT_IMPLEMENTED_ERROR = define("NotImplementedError", RUNTIME_ERROR);
    public static final PythonClass RECURSION_ERROR = define("RecursionError", RUNTIME_ERROR);
    public static final PythonClass STOP_ASYNC_ITERATION = define("StopAsyncIteration", EXCEPTION);
    public static final PythonClass STOP_ITERATION = define("StopIteration", EXCEPTION);
    public static final PythonClass SYNTAX_ERROR = define("SyntaxError", EXCEPTION);
    public static final PythonClass INDENTATION_ERROR = define("IndentationError", SYNTAX_ERROR);
    public static final PythonClass TAB_ERROR = define("TabError", INDENTATION_ERROR);
    public static final PythonClass SYSTEM_ERROR = define("SystemError", EXCEPTION);
    public static final PythonClass TYPE_ERROR = define("TypeError", EXCEPTION);
    public static final PythonClass VALUE_ERROR = define("ValueError", EXCEPTION);
    public static final PythonClass UNICODE_ERROR = define("UnicodeError", VALUE_ERROR);
    public static final PythonClass UNICODE_DECODE_ERROR = define("UnicodeDecodeError", UNICODE_ERROR);
    public static final PythonClass UNICODE_ENCODE_ERROR = define("UnicodeEncodeError", UNICODE_ERROR);
    public static final PythonClass UNICODE_TRANSLATE_ERROR = define("UnicodeTranslateError", UNICODE_ERROR);
    public static final PythonClass WARNING = define("Warning", EXCEPTION);
    public static final PythonClass BYTES_WARNING = define("BytesWarning", WARNING);
    public static final PythonClass DEPRECATION_WARNING = define("DeprecationWarning", WARNING);
    public static final PythonClass ENCODING_WARNING = define("EncodingWarning", WARNING);
    public static final PythonClass FUTURE_WARNING = define("FutureWarning", WARNING);
    public static final PythonClass IMPORT_WARNING = define("ImportWarning", WARNING);
    public static final PythonClass PENDING_DEPRECATION_WARNING = define("PendingDeprecationWarning", WARNING);
    public static final PythonClass RESOURCE_WARNING = define("ResourceWarning", WARNING);
    public static final PythonClass RUNTIME_WARNING = define("RuntimeWarning", WARNING);
    public static final PythonClass SYNTAX_WARNING = define("SyntaxWarning", WARNING);
    public static final PythonClass UNICODE_WARNING = define("UnicodeWarning", WARNING);
    public static final PythonClass USER_WARNING = define("UserWarning", WARNING);

    private static PythonClass define(String name, PythonClass... bases) {
        PythonClass c = new PythonClass(name, "builtins", true, bases);
        BY_NAME.put(name, c);
        return c;
    }

    /** A builtin type that is not a name in the builtins module. */
    private static PythonClass internal(String name, PythonClass... bases) {
        return new PythonClass(name, "builtins", true, bases);
    }

    /** The builtin types that are names of the builtins module, in definition order. */
    public static Map<String, PythonClass> publicClasses() {
        return BY_NAME;
    }
}
