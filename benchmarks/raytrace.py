"""Ray tracer: spheres and a checkered plane, point lights, shadows and reflections (small objects with operator
methods, floats, method calls). Renders an n x n image and prints a checksum of the 8-bit colours."""
import sys

N = 300
WARMUP_N = 80

MAX_DEPTH = 3
EPSILON = 1e-7


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def length(self):
        return self.dot(self) ** 0.5

    def normalized(self):
        return self * (1.0 / self.length())

    def reflect(self, normal):
        return self - normal * (2.0 * self.dot(normal))


class Colour:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r = r
        self.g = g
        self.b = b

    def __add__(self, other):
        return Colour(self.r + other.r, self.g + other.g, self.b + other.b)

    def scale(self, k):
        return Colour(self.r * k, self.g * k, self.b * k)

    def times(self, other):
        return Colour(self.r * other.r, self.g * other.g, self.b * other.b)

    def to_bytes(self):
        return tuple(min(255, max(0, int(c * 255.0))) for c in (self.r, self.g, self.b))


BLACK = Colour(0.0, 0.0, 0.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, colour, diffuse, specular, shininess, reflection):
        self.colour = colour
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.reflection = reflection

    def colour_at(self, point):
        return self.colour


class Checkered(Material):
    def __init__(self, colour, other, diffuse, specular, shininess, reflection):
        super().__init__(colour, diffuse, specular, shininess, reflection)
        self.other = other

    def colour_at(self, point):
        return self.colour if (int(point.x + 1000.0) + int(point.z + 1000.0)) % 2 == 0 else self.other


class Sphere:
    def __init__(self, centre, radius, material):
        self.centre = centre
        self.radius = radius
        self.material = material

    def intersect(self, ray):
        offset = ray.origin - self.centre
        b = offset.dot(ray.direction)
        c = offset.dot(offset) - self.radius * self.radius
        discriminant = b * b - c
        if discriminant < 0.0:
            return None
        root = discriminant ** 0.5
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        return t if t > EPSILON else None

    def normal_at(self, point):
        return (point - self.centre).normalized()


class Plane:
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def intersect(self, ray):
        denominator = ray.direction.dot(self.normal)
        if abs(denominator) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denominator
        return t if t > EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, colour):
        self.position = position
        self.colour = colour


def power(x, exponent):
    result = 1.0
    for _ in range(exponent):
        result *= x
    return result


class Scene:
    def __init__(self):
        self.objects = [
            Plane(Vector(0.0, -1.0, 0.0), Vector(0.0, 1.0, 0.0),
                  Checkered(Colour(0.9, 0.9, 0.9), Colour(0.1, 0.1, 0.1), 0.8, 0.2, 8, 0.3)),
            Sphere(Vector(0.0, 0.0, 5.0), 1.0, Material(Colour(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.4)),
            Sphere(Vector(-2.2, 0.3, 6.5), 1.3, Material(Colour(0.2, 0.8, 0.3), 0.8, 0.3, 16, 0.2)),
            Sphere(Vector(2.0, -0.4, 4.2), 0.6, Material(Colour(0.3, 0.3, 0.9), 0.6, 0.8, 64, 0.6)),
            Sphere(Vector(0.7, 1.6, 7.5), 0.9, Material(Colour(0.9, 0.8, 0.2), 0.9, 0.1, 4, 0.1)),
        ]
        self.lights = [
            Light(Vector(-5.0, 6.0, 0.0), Colour(0.8, 0.8, 0.8)),
            Light(Vector(4.0, 3.0, 1.0), Colour(0.4, 0.4, 0.5)),
        ]
        self.ambient = 0.08

    def nearest(self, ray):
        hit = None
        nearest_t = 1e30
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < nearest_t:
                nearest_t = t
                hit = obj
        return hit, nearest_t

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = to_light.length()
        ray = Ray(point, to_light * (1.0 / distance))
        for obj in self.objects:
            t = obj.intersect(ray)
            if t is not None and t < distance:
                return True
        return False

    def trace(self, ray, depth):
        obj, t = self.nearest(ray)
        if obj is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Colour(0.2 + 0.3 * k, 0.3 + 0.4 * k, 0.6 + 0.4 * k)
        point = ray.at(t)
        normal = obj.normal_at(point)
        material = obj.material
        base = material.colour_at(point)
        colour = base.scale(self.ambient)
        for light in self.lights:
            if self.in_shadow(point + normal * 1e-4, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                colour = colour + base.times(light.colour).scale(lambert * material.diffuse)
                halfway = (to_light - ray.direction).normalized()
                highlight = normal.dot(halfway)
                if highlight > 0.0:
                    colour = colour + light.colour.scale(material.specular * power(highlight, material.shininess))
        if depth < MAX_DEPTH and material.reflection > 0.0:
            reflected = Ray(point + normal * 1e-4, ray.direction.reflect(normal).normalized())
            colour = colour + self.trace(reflected, depth + 1).scale(material.reflection)
        return colour


def render(scene, size):
    eye = Vector(0.0, 0.5, -1.0)
    forward = (Vector(0.0, 0.0, 5.0) - eye).normalized()
    right = Vector(0.0, 1.0, 0.0).cross(forward).normalized()
    up = forward.cross(right)
    pixels = []
    for row in range(size):
        y = 1.0 - 2.0 * (row + 0.5) / size
        for column in range(size):
            x = 2.0 * (column + 0.5) / size - 1.0
            direction = (forward * 1.8 + right * x + up * y).normalized()
            pixels.append(scene.trace(Ray(eye, direction), 0).to_bytes())
    return pixels


def bench(n):
    pixels = render(Scene(), n)
    checksum = 0
    for r, g, b in pixels:
        checksum = (checksum * 131 + r * 65536 + g * 256 + b) % 1000000007
    brightness = sum(r + g + b for r, g, b in pixels)
    return "raytrace %d %d %d" % (n, brightness, checksum)


if __name__ == "__main__":
    print(bench(int(sys.argv[1]) if len(sys.argv) > 1 else N))
