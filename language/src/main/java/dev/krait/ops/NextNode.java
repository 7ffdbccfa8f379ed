package dev.krait.ops;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.GenerateUncached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.Node;

import dev.krait.runtime.Iterators;
import dev.krait.runtime.PGenerator;
import dev.krait.runtime.PNone;

/** The next value of an iterator, or null when it is exhausted. */
@GenerateUncached
public abstract class NextNode extends Node {

    public abstract Object execute(Object iterator);

    public static NextNode create() {
        return NextNodeGen.create();
    }

    public static NextNode getUncached() {
        return NextNodeGen.getUncached();
    }

    @Specialization
    static Object nextRange(Iterators.RangeIterator it) {
        return it.next();
    }

    @Specialization
    static Object nextList(Iterators.ListIterator it) {
        return it.next();
    }

    /**
     * A generator's next value through a direct call of its body, which Graal can inline into the loop that consumes
     * it (PGenerator.resume, the generic path, calls the body from behind a boundary). The bytecode loop's uncached
     * node has no call node and resumes generically.
     */
    @Specialization(guards = "generator.body == cachedBody", limit = "3")
    static Object nextGenerator(PGenerator generator,
                    @Cached(value = "generator.body", allowUncached = true) RootCallTarget cachedBody,
                    @Cached(value = "create(cachedBody)", uncached = "noCallNode()") DirectCallNode call) {
        if (call == null || generator.isFinished()) {
            return generator.next();
        }
        generator.sentValue = PNone.NONE;
        generator.pendingThrow = null;
        Object result = call.call(generator);
        return result == PGenerator.FINISHED ? null : result;
    }

    @Specialization(replaces = "nextGenerator")
    static Object nextAnyGenerator(PGenerator generator) {
        return generator.next();
    }

    static DirectCallNode noCallNode() {
        return null;
    }

    @Fallback
    static Object nextGeneric(Object it) {
        return PyObjectOps.next(it);
    }
}
