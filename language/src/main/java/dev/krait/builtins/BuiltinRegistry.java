package dev.krait.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeFactory;

import dev.krait.runtime.BuiltinClasses;
import dev.krait.runtime.KraitContext;
import dev.krait.runtime.PBuiltinFunction;
import dev.krait.runtime.PEllipsis;
import dev.krait.runtime.PModule;
import dev.krait.runtime.PNotImplemented;
import dev.krait.runtime.PythonClass;
import dev.krait.runtime.Signature;

/**
 * Turns the {@link Builtin}-annotated node classes into builtin function objects, once per JVM: module-level
 * functions go to the builtins module, methods into their builtin class. To add a family of builtins, add its
 * generated factory list here.
 */
public final class BuiltinRegistry {
    private BuiltinRegistry() {
    }

    private static final Map<String, PBuiltinFunction> MODULE_FUNCTIONS = new LinkedHashMap<>();

    static {
        registerFunctions(BuiltinFunctionsFactory.getFactories());
        registerFunctions(List.of(dev.krait.builtins.modules.IoModuleFactory.OpenNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.OBJECT, ObjectBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.INT, IntBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.BOOL, BoolBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.INT, NumberBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.FLOAT, NumberBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.FLOAT, FloatBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.STR, StrBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.LIST, ListBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.TUPLE, TupleBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.DICT, DictBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.SET, SetBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.FROZENSET, FrozenSetBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.SET, AnySetBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.FROZENSET, AnySetBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.RANGE, RangeBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.BASE_EXCEPTION, ExceptionBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.TYPE, TypeBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.ENUMERATE, EnumerateBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.ZIP, ZipBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.MAP, MapBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.FILTER, FilterBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.REVERSED, ReversedBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.SLICE, SliceBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.BYTES, BytesBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.BYTEARRAY, BytesBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.BYTEARRAY, ByteArrayBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.DICT_KEYS, DictViewBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.DICT_VALUES, DictViewBuiltinsFactory.getFactories());
        registerMethods(BuiltinClasses.DICT_ITEMS, DictViewBuiltinsFactory.getFactories());
        registerIteratorTypes(IteratorBuiltinsFactory.getFactories());
        registerDataModel();
    }

    private static void registerDataModel() {
        registerMethods(BuiltinClasses.LIST, List.of(DataModelBuiltinsFactory.ListInitNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.DICT, List.of(DataModelBuiltinsFactory.DictInitNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.BASE_EXCEPTION, List.of(DataModelBuiltinsFactory.ExceptionInitNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.PROPERTY, List.of(DataModelBuiltinsFactory.PropertyNewNodeFactory.getInstance(),
                        DataModelBuiltinsFactory.PropertyGetterNodeFactory.getInstance(), DataModelBuiltinsFactory.PropertySetterNodeFactory.getInstance(),
                        DataModelBuiltinsFactory.PropertyDeleterNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.STATICMETHOD, List.of(DataModelBuiltinsFactory.StaticMethodNewNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.CLASSMETHOD, List.of(DataModelBuiltinsFactory.ClassMethodNewNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.SUPER, List.of(DataModelBuiltinsFactory.SuperNewNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.TYPE, List.of(DataModelBuiltinsFactory.TypeCallNodeFactory.getInstance(),
                        DataModelBuiltinsFactory.SubclassesNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.FUNCTION, List.of(DataModelBuiltinsFactory.FunctionGetNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.STATICMETHOD, List.of(DataModelBuiltinsFactory.StaticMethodGetNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.CLASSMETHOD, List.of(DataModelBuiltinsFactory.ClassMethodGetNodeFactory.getInstance()));
        registerMethods(BuiltinClasses.GENERATOR, List.of(DataModelBuiltinsFactory.GeneratorNextNodeFactory.getInstance(),
                        DataModelBuiltinsFactory.GeneratorSendNodeFactory.getInstance(), DataModelBuiltinsFactory.GeneratorThrowNodeFactory.getInstance(),
                        DataModelBuiltinsFactory.GeneratorCloseNodeFactory.getInstance()));
    }

    @TruffleBoundary
    public static PBuiltinFunction create(NodeFactory<? extends BuiltinNode> factory, PythonClass owner, String moduleName) {
        Builtin b = factory.getNodeClass().getAnnotation(Builtin.class);
        if (b == null) {
            throw new IllegalStateException("no @Builtin on " + factory.getNodeClass());
        }
        List<Object> defaults = new ArrayList<>();
        List<Object> kwDefaults = new ArrayList<>();
        Signature sig = Signature.parse(b.signature(), defaults, kwDefaults);
        Object[] kw = kwDefaults.toArray();
        return new PBuiltinFunction(b.name(), owner, sig, defaults.toArray(), kw.length == 0 ? null : kw, factory, b.isStatic(), moduleName);
    }

    private static void registerFunctions(List<? extends NodeFactory<? extends BuiltinNode>> factories) {
        for (NodeFactory<? extends BuiltinNode> f : factories) {
            PBuiltinFunction fn = create(f, null, "builtins");
            MODULE_FUNCTIONS.put(fn.name, fn);
        }
    }

    private static void registerMethods(PythonClass owner, List<? extends NodeFactory<? extends BuiltinNode>> factories) {
        for (NodeFactory<? extends BuiltinNode> f : factories) {
            PBuiltinFunction fn = create(f, owner, "builtins");
            owner.setAttribute(fn.name, fn);
        }
    }

    /** Every builtin iterator type gets the same __iter__ and __next__. */
    private static void registerIteratorTypes(List<? extends NodeFactory<? extends BuiltinNode>> factories) {
        PythonClass[] iteratorTypes = {BuiltinClasses.ITERATOR, BuiltinClasses.LIST_ITERATOR, BuiltinClasses.TUPLE_ITERATOR,
                        BuiltinClasses.STR_ITERATOR, BuiltinClasses.RANGE_ITERATOR, BuiltinClasses.DICT_KEYITERATOR,
                        BuiltinClasses.DICT_VALUEITERATOR, BuiltinClasses.DICT_ITEMITERATOR, BuiltinClasses.SET_ITERATOR,
                        BuiltinClasses.ENUMERATE, BuiltinClasses.ZIP, BuiltinClasses.MAP, BuiltinClasses.FILTER,
                        BuiltinClasses.REVERSED, BuiltinClasses.GENERATOR, BuiltinClasses.CALLABLE_ITERATOR,
                        BuiltinClasses.LIST_REVERSEITERATOR};
        for (PythonClass c : iteratorTypes) {
            for (NodeFactory<? extends BuiltinNode> f : factories) {
                PBuiltinFunction fn = create(f, c, "builtins");
                if (c.getOwnAttribute(fn.name) == null) {
                    c.setAttribute(fn.name, fn);
                }
            }
        }
    }

    public static PBuiltinFunction moduleFunction(String name) {
        return MODULE_FUNCTIONS.get(name);
    }

    /** A fresh builtins module for a context (the values in it are shared, immutable builtins). */
    @TruffleBoundary
    public static PModule createBuiltinsModule(KraitContext context) {
        PModule m = new PModule("builtins");
        for (Map.Entry<String, PythonClass> e : BuiltinClasses.publicClasses().entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, PBuiltinFunction> e : MODULE_FUNCTIONS.entrySet()) {
            m.set(e.getKey(), e.getValue());
        }
        m.set("Ellipsis", PEllipsis.INSTANCE);
        m.set("IOError", BuiltinClasses.OS_ERROR);
        m.set("EnvironmentError", BuiltinClasses.OS_ERROR);
        m.set("NotImplemented", PNotImplemented.INSTANCE);
        m.set("quit", m.get("exit"));
        m.set("__name__", "builtins");
        return m;
    }
}
