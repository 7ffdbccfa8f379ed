# A constraint solver in the style of DeltaBlue: variables connected by equality, scale, stay and edit constraints
# with strengths; an incremental planner keeps a walkabout-strength solution and extracts plans for edits.
# Runs a chain test and a projection test and prints a checksum of the solved values.

class Strength:
    def __init__(self, value, name):
        self.value, self.name = value, name
    def stronger(self, other):
        return self.value < other.value
    def weaker(self, other):
        return self.value > other.value
    def weakest_of(self, other):
        return self if self.weaker(other) else other
    def __repr__(self):
        return "Strength(" + self.name + ")"

ORDERED = [Strength(i, n) for i, n in enumerate(
    ["required", "strong preferred", "preferred", "strong default", "normal", "weak default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = ORDERED

class Variable:
    def __init__(self, name, value=0):
        self.name, self.value = name, value
        self.constraints = []
        self.determined_by, self.mark = None, 0
        self.walk_strength, self.stay = WEAKEST, True

class Constraint:
    def __init__(self, strength, planner):
        self.strength = strength
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark, planner):
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

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

class UnaryConstraint(Constraint):
    def __init__(self, var, strength, planner):
        self.my_output, self.satisfied = var, False
        super().__init__(strength, planner)

    def add_to_graph(self):
        self.my_output.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        self.my_output.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.my_output.mark != mark and self.strength.stronger(self.my_output.walk_strength)
    def is_satisfied(self):
        return self.satisfied
    def mark_inputs(self, mark):
        pass
    def output(self):
        return self.my_output

    def recalculate(self):
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()

    def mark_unsatisfied(self):
        self.satisfied = False
    def inputs_known(self, mark):
        return True
    def execute(self):
        pass

class StayConstraint(UnaryConstraint):
    """Keeps its variable at its current value unless something stronger changes it."""

class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True

FORWARD, BACKWARD, NONE = 1, 0, -1

class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        self.v1, self.v2 = v1, v2
        self.direction = NONE
        super().__init__(strength, planner)

    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in (self.v1, self.v2):
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        v1, v2, strength = self.v1, self.v2, self.strength
        if v1.mark == mark:
            self.direction = FORWARD if v2.mark != mark and strength.stronger(v2.walk_strength) else NONE
        elif v2.mark == mark:
            self.direction = BACKWARD if v1.mark != mark and strength.stronger(v1.walk_strength) else NONE
        elif v1.walk_strength.weaker(v2.walk_strength):
            self.direction = BACKWARD if strength.stronger(v1.walk_strength) else NONE
        else:
            self.direction = FORWARD if strength.stronger(v2.walk_strength) else BACKWARD

    def is_satisfied(self):
        return self.direction != NONE
    def mark_inputs(self, mark):
        self.input().mark = mark
    def input(self):
        return self.v1 if self.direction == FORWARD else self.v2
    def output(self):
        return self.v2 if self.direction == FORWARD else self.v1

    def recalculate(self):
        ihn, out = self.input(), self.output()
        out.walk_strength = self.strength.weakest_of(ihn.walk_strength)
        out.stay = ihn.stay and self.extra_inputs_stay()
        if out.stay:
            self.execute()

    def extra_inputs_stay(self):
        return True
    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value

class ScaleConstraint(BinaryConstraint):
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale, self.offset = scale, offset
        super().__init__(src, dest, strength, planner)

    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def extra_inputs_stay(self):
        return self.scale.stay and self.offset.stay

class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        for strength in ORDERED:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by, out.walk_strength, out.stay = None, WEAKEST, True
        unsatisfied, todo = [], [out]
        while todo:
            v = todo.pop()
            unsatisfied.extend(c for c in v.constraints if not c.is_satisfied())
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v, coll):
        for c in v.constraints:
            if c is not v.determined_by and c.is_satisfied():
                coll.append(c)

    def extract_plan(self, constraints):
        mark = self.new_mark()
        plan, todo = [], [c for c in constraints if c.is_input() and c.is_satisfied()]
        while todo:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.append(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

def run_plan(plan):
    for c in plan:
        c.execute()

def change(planner, var, new_value):
    edit = EditConstraint(var, PREFERRED, planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        var.value = new_value
        run_plan(plan)
    edit.destroy(planner)

def chain_test(n):
    planner = Planner()
    variables = [Variable("v" + str(i)) for i in range(n + 1)]
    for a, b in zip(variables, variables[1:]):
        EqualityConstraint(a, b, REQUIRED, planner)
    StayConstraint(variables[-1], STRONG_DEFAULT, planner)
    edit = EditConstraint(variables[0], PREFERRED, planner)
    plan = planner.extract_plan([edit])
    results = []
    for value in range(25):
        variables[0].value = value
        run_plan(plan)
        if variables[-1].value != value:
            raise RuntimeError("chain test failed")
        results.append(variables[-1].value)
    edit.destroy(planner)
    return sum(results), len(plan)

def projection_test(n):
    planner = Planner()
    scale, offset = Variable("scale", 10), Variable("offset", 1000)
    dests = []
    for i in range(n):
        src, dst = Variable("src" + str(i), i), Variable("dst" + str(i), i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    after_src = dst.value
    change(planner, dst, 1050)
    after_dst = src.value
    change(planner, scale, 5)
    scaled = sum(d.value for d in dests[:-1])
    change(planner, offset, 2000)
    return after_src, after_dst, scaled, sum(d.value for d in dests[:-1])

total = 0
for n in (10, 50, 100):
    chain_sum, plan_length = chain_test(n)
    projection = projection_test(n)
    print(f"n={n} chain={chain_sum} plan={plan_length} projection={projection}")
    total = (total * 131 + chain_sum + plan_length + sum(projection)) % 1000003
print("stronger than normal:", [s.name for s in ORDERED if s.stronger(NORMAL)], repr(WEAKEST))
print("checksum", total)
