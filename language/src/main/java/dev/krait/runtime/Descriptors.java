package dev.krait.runtime;

/** property, staticmethod, classmethod and super objects. */
public final class Descriptors {
    private Descriptors() {
    }

    /** {@code property(fget, fset, fdel, doc)}; absent functions are null. */
    public static final class PProperty implements PyObject {
        public final Object getter;
        public final Object setter;
        public final Object deleter;
        public final Object doc;

        public PProperty(Object getter, Object setter, Object deleter, Object doc) {
            this.getter = getter;
            this.setter = setter;
            this.deleter = deleter;
            this.doc = doc;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.PROPERTY;
        }
    }

    public static final class PStaticMethod implements PyObject {
        public final Object function;

        public PStaticMethod(Object function) {
            this.function = function;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.STATICMETHOD;
        }
    }

    public static final class PClassMethod implements PyObject {
        public final Object function;

        public PClassMethod(Object function) {
            this.function = function;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.CLASSMETHOD;
        }
    }

    /** {@code super(type, obj)}: attribute lookup continues in type(obj)'s MRO after {@code type}. */
    public static final class PSuper implements PyObject {
        public final PythonClass type;
        public final Object self;

        public PSuper(PythonClass type, Object self) {
            this.type = type;
            this.self = self;
        }

        @Override
        public PythonClass getPythonClass() {
            return BuiltinClasses.SUPER;
        }
    }
}
