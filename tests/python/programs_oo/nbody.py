# An n-body simulation of the Sun and the four giant planets: Body objects with vector arithmetic, a System that
# offsets momentum, advances with a fixed time step and reports energy. Prints energies with 9 decimals.

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


class Vec3:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, o):
        return Vec3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec3(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __iadd__(self, o):
        self.x += o.x
        self.y += o.y
        self.z += o.z
        return self

    def __isub__(self, o):
        self.x -= o.x
        self.y -= o.y
        self.z -= o.z
        return self

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def __iter__(self):
        yield self.x
        yield self.y
        yield self.z


class Body:
    def __init__(self, name, position, velocity, mass):
        self.name = name
        self.position = Vec3(*position)
        self.velocity = Vec3(*velocity) * DAYS_PER_YEAR
        self.mass = mass * SOLAR_MASS

    def kinetic_energy(self):
        return 0.5 * self.mass * self.velocity.dot(self.velocity)

    def __repr__(self):
        x, y, z = self.position
        return f"{self.name:8}({x:+.6f}, {y:+.6f}, {z:+.6f})"


class System:
    def __init__(self, bodies):
        self.bodies = list(bodies)
        self.pairs = [(a, b) for i, a in enumerate(self.bodies) for b in self.bodies[i + 1:]]
        self.steps = 0

    def __len__(self):
        return len(self.bodies)

    def __getitem__(self, name):
        for body in self.bodies:
            if body.name == name:
                return body
        raise KeyError(name)

    def offset_momentum(self):
        momentum = Vec3()
        for body in self.bodies:
            momentum += body.velocity * body.mass
        sun = self["sun"]
        sun.velocity = momentum * (-1.0 / sun.mass)

    def energy(self):
        e = sum(body.kinetic_energy() for body in self.bodies)
        for a, b in self.pairs:
            d = a.position - b.position
            e -= a.mass * b.mass / d.dot(d) ** 0.5
        return e

    def advance(self, dt, steps):
        for _ in range(steps):
            for a, b in self.pairs:
                d = a.position - b.position
                dist2 = d.dot(d)
                magnitude = dt / (dist2 * dist2 ** 0.5)
                a.velocity -= d * (b.mass * magnitude)
                b.velocity += d * (a.mass * magnitude)
            for body in self.bodies:
                body.position += body.velocity * dt
            self.steps += 1


def make_system():
    return System([
        Body("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
        Body("jupiter",
             (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
             (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
             9.54791938424326609e-04),
        Body("saturn",
             (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
             (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
             2.85885980666130812e-04),
        Body("uranus",
             (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
             (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
             4.36624404335156298e-05),
        Body("neptune",
             (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
             (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
             5.15138902046611451e-05),
    ])


system = make_system()
system.offset_momentum()
print(f"bodies {len(system)}, pairs {len(system.pairs)}")
print(f"energy before {system.energy():.9f}")
for chunk in range(4):
    system.advance(0.01, 250)
    print(f"after {system.steps:4} steps: {system.energy():.9f}")
for body in system.bodies:
    print(body)
sun = system["sun"]
print(f"sun velocity {sun.velocity.x:.12e} {sun.velocity.y:.12e} {sun.velocity.z:.12e}")
try:
    system["pluto"]
except KeyError as e:
    print("no such body:", e)
checksum = sum(int(abs(c) * 1e6) for body in system.bodies for c in body.position) % 1000003
print("checksum", checksum)
