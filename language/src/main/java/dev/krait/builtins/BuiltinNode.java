package dev.krait.builtins;

import com.oracle.truffle.api.nodes.Node;

/**
 * The implementation of one builtin. {@link #call} receives the frame arguments: the builtin function object at
 * index 0, then the arguments bound to the signature. Subclasses by arity give the DSL typed parameters.
 */
public abstract class BuiltinNode extends Node {

    public abstract Object call(Object[] frameArguments);

    /** A builtin with one parameter. */
    public abstract static class Unary extends BuiltinNode {
        public abstract Object execute(Object a);

        @Override
        public final Object call(Object[] args) {
            return execute(args[1]);
        }
    }

    /** A builtin with two parameters. */
    public abstract static class Binary extends BuiltinNode {
        public abstract Object execute(Object a, Object b);

        @Override
        public final Object call(Object[] args) {
            return execute(args[1], args[2]);
        }
    }

    /** A builtin with three parameters. */
    public abstract static class Ternary extends BuiltinNode {
        public abstract Object execute(Object a, Object b, Object c);

        @Override
        public final Object call(Object[] args) {
            return execute(args[1], args[2], args[3]);
        }
    }

    /** A builtin with four parameters. */
    public abstract static class Quaternary extends BuiltinNode {
        public abstract Object execute(Object a, Object b, Object c, Object d);

        @Override
        public final Object call(Object[] args) {
            return execute(args[1], args[2], args[3], args[4]);
        }
    }

    /** A builtin with any number of parameters, received as the bound array without the callee. */
    public abstract static class Varargs extends BuiltinNode {
        public abstract Object execute(Object[] args);

        @Override
        public final Object call(Object[] frameArguments) {
            Object[] args = new Object[frameArguments.length - 1];
            System.arraycopy(frameArguments, 1, args, 0, args.length);
            return execute(args);
        }
    }

    /** A builtin without parameters. */
    public abstract static class Nullary extends BuiltinNode {
        public abstract Object execute();

        @Override
        public final Object call(Object[] args) {
            return execute();
        }
    }
}
