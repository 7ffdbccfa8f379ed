"""DeltaBlue: the incremental dataflow constraint solver of Freeman-Benson and Maloney (objects, polymorphic calls,
lists used as queues), run on its two classic workloads: a chain of equalities and a projection of scalings."""
import sys

N = 450
WARMUP_N = 30


class Strength:
    def __init__(self, level, name):
        self.level = level
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weakest_of(self, other):
        return self if self.weaker(other) else other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST]

NONE, FORWARD, BACKWARD = 0, 1, -1


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def add_constraint(self, planner):
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark, planner):
        """Satisfies this constraint if it can; returns the constraint it overrode, if any."""
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False


class UnaryConstraint(Constraint):
    def __init__(self, variable, strength, planner):
        super().__init__(strength)
        self.my_output = variable
        self.satisfied = False
        self.add_constraint(planner)

    def add_to_graph(self):
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark):
        out = self.my_output
        self.satisfied = out.mark != mark and self.strength.stronger(out.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.my_output

    def recalculate(self):
        out = self.my_output
        out.walk_strength = self.strength
        out.stay = not self.is_input()
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def remove_from_graph(self):
        if self.my_output is not None:
            self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self):
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

    def execute(self):
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE
        self.add_constraint(planner)

    def choose_method(self, mark):
        v1, v2 = self.v1, self.v2
        if v1.mark == mark:
            ok = v2.mark != mark and self.strength.stronger(v2.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif v2.mark == mark:
            ok = v1.mark != mark and self.strength.stronger(v1.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger(v2.walk_strength) else NONE

    def add_to_graph(self):
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2

    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        source = self.input()
        return source.mark == mark or source.stay or source.determined_by is None

    def remove_from_graph(self):
        if self.v1 is not None:
            self.v1.remove_constraint(self)
        if self.v2 is not None:
            self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    """v2 = v1 * scale + offset, either way round."""

    def __init__(self, source, scale, offset, destination, strength, planner):
        # add_to_graph runs inside BinaryConstraint's constructor and needs these two already.
        self.scale = scale
        self.offset = offset
        super().__init__(source, destination, strength, planner)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self):
        super().remove_from_graph()
        if self.scale is not None:
            self.scale.remove_constraint(self)
        if self.offset is not None:
            self.offset.remove_constraint(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self):
        source = self.input()
        out = self.output()
        out.walk_strength = self.strength.weakest_of(source.walk_strength)
        out.stay = source.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, constraint):
        self.constraints.append(constraint)

    def remove_constraint(self, constraint):
        self.constraints.remove(constraint)
        if self.determined_by is constraint:
            self.determined_by = None


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, constraint):
        self.steps.append(constraint)

    def execute(self):
        for constraint in self.steps:
            constraint.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, constraint):
        mark = self.new_mark()
        overridden = constraint.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, constraint):
        out = constraint.output()
        constraint.mark_unsatisfied()
        constraint.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            if strength is WEAKEST:
                break

    def make_plan(self, sources):
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while todo:
            constraint = todo.pop(0)
            out = constraint.output()
            if out.mark != mark and constraint.inputs_known(mark):
                plan.add(constraint)
                out.mark = mark
                self.add_constraints_consuming_to(out, todo)
        return plan

    def extract_plan_from_constraints(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])

    def add_propagate(self, constraint, mark):
        todo = [constraint]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(constraint)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            variable = todo.pop(0)
            for c in variable.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = variable.determined_by
            for c in variable.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, variable, collection):
        determining = variable.determined_by
        for c in variable.constraints:
            if c is not determining and c.is_satisfied():
                collection.append(c)


def chain_test(n):
    """A chain of n equalities: editing the first variable must move the last one."""
    planner = Planner()
    variables = [Variable("v%d" % i) for i in range(n + 1)]
    for previous, current in zip(variables, variables[1:]):
        EqualityConstraint(previous, current, REQUIRED, planner)
    first, last = variables[0], variables[-1]
    StayConstraint(last, STRONG_DEFAULT, planner)
    edit = EditConstraint(first, PREFERRED, planner)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            raise RuntimeError("chain test failed")
        total += last.value
    edit.destroy_constraint(planner)
    return total + planner.current_mark


def change(variable, value, planner):
    edit = EditConstraint(variable, PREFERRED, planner)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        variable.value = value
        plan.execute()
    edit.destroy_constraint(planner)


def projection_test(n):
    """n scalings dst = src * scale + offset; changing either side or the parameters must propagate."""
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    source = destination = None
    destinations = []
    for i in range(n):
        source = Variable("src%d" % i, i)
        destination = Variable("dst%d" % i, i)
        destinations.append(destination)
        StayConstraint(source, NORMAL, planner)
        ScaleConstraint(source, scale, offset, destination, REQUIRED, planner)
    change(source, 17, planner)
    if destination.value != 1170:
        raise RuntimeError("projection test 1 failed")
    change(destination, 1050, planner)
    if source.value != 5:
        raise RuntimeError("projection test 2 failed")
    change(scale, 5, planner)
    for i in range(n - 1):
        if destinations[i].value != i * 5 + 1000:
            raise RuntimeError("projection test 3 failed")
    change(offset, 2000, planner)
    for i in range(n - 1):
        if destinations[i].value != i * 5 + 2000:
            raise RuntimeError("projection test 4 failed")
    return sum(d.value for d in destinations) + planner.current_mark


def bench(n):
    checksum = 0
    for i in range(n):
        size = 200 + i % 10
        checksum += chain_test(size) + projection_test(size)
    return "deltablue %d %d" % (n, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
