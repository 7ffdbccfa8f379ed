package dev.krait.runtime;

/** dict.keys(), dict.values() and dict.items(): live views of a dict. */
public final class PDictView implements PyObject {
    public final PDict dict;
    public final Iterators.DictIterKind kind;

    public PDictView(PDict dict, Iterators.DictIterKind kind) {
        this.dict = dict;
        this.kind = kind;
    }

    @Override
    public PythonClass getPythonClass() {
        return switch (kind) {
            case KEYS -> BuiltinClasses.DICT_KEYS;
            case VALUES -> BuiltinClasses.DICT_VALUES;
            case ITEMS -> BuiltinClasses.DICT_ITEMS;
        };
    }
}
