# A small ray tracer: vectors with operator overloading, spheres and a checkered plane, point lights with shadows,
# diffuse and specular shading and one level of reflection. Renders a 48x32 image and prints an integer checksum
# of the pixels plus a coarse ASCII preview.


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y, -self.z)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def __abs__(self):
        return (self @ self) ** 0.5

    def normalized(self):
        return self * (1.0 / abs(self))

    def cross(self, other):
        return Vector(self.y * other.z - self.z * other.y,
                      self.z * other.x - self.x * other.z,
                      self.x * other.y - self.y * other.x)

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f}, {self.z:.3f})"


class Color(Vector):
    def clamped(self):
        return Color(*(min(1.0, max(0.0, c)) for c in (self.x, self.y, self.z)))

    def __mul__(self, other):
        if isinstance(other, Vector):
            return Color(self.x * other.x, self.y * other.y, self.z * other.z)
        return Color(self.x * other, self.y * other, self.z * other)

    __rmul__ = __mul__

    def __add__(self, other):
        return Color(self.x + other.x, self.y + other.y, self.z + other.z)

    def to_bytes(self):
        c = self.clamped()
        return int(c.x * 255), int(c.y * 255), int(c.z * 255)


BLACK = Color(0.0, 0.0, 0.0)
WHITE = Color(1.0, 1.0, 1.0)


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction * t


class Material:
    def __init__(self, color, diffuse=0.8, specular=0.3, shininess=20, reflect=0.0):
        self.color, self.diffuse, self.specular = color, diffuse, specular
        self.shininess, self.reflect = shininess, reflect

    def color_at(self, point):
        return self.color


class Checker(Material):
    def __init__(self, a, b, size, **kwargs):
        super().__init__(a, **kwargs)
        self.other = b
        self.size = size

    def color_at(self, point):
        cell = int((point.x + 1000) // self.size) + int((point.z + 1000) // self.size)
        return self.color if cell % 2 == 0 else self.other


class Shape:
    EPSILON = 1e-6

    def __init__(self, material):
        self.material = material

    def intersect(self, ray):
        raise NotImplementedError

    def normal_at(self, point):
        raise NotImplementedError


class Sphere(Shape):
    def __init__(self, center, radius, material):
        super().__init__(material)
        self.center, self.radius = center, radius

    def intersect(self, ray):
        oc = ray.origin - self.center
        b = oc @ ray.direction
        c = oc @ oc - self.radius * self.radius
        disc = b * b - c
        if disc < 0:
            return None
        root = disc ** 0.5
        for t in (-b - root, -b + root):
            if t > self.EPSILON:
                return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(Shape):
    def __init__(self, point, normal, material):
        super().__init__(material)
        self.point, self.normal = point, normal.normalized()

    def intersect(self, ray):
        denom = self.normal @ ray.direction
        if abs(denom) < self.EPSILON:
            return None
        t = ((self.point - ray.origin) @ self.normal) / denom
        return t if t > self.EPSILON else None

    def normal_at(self, point):
        return self.normal


class Light:
    def __init__(self, position, color):
        self.position, self.color = position, color


class Scene:
    def __init__(self, camera, look_at, shapes, lights, ambient=0.1):
        self.camera, self.shapes, self.lights, self.ambient = camera, shapes, lights, ambient
        self.forward = (look_at - camera).normalized()
        self.right = Vector(0.0, 1.0, 0.0).cross(self.forward).normalized()
        self.up = self.forward.cross(self.right)
        self.rays_cast = 0

    def nearest(self, ray):
        self.rays_cast += 1
        best, hit = None, None
        for shape in self.shapes:
            t = shape.intersect(ray)
            if t is not None and (best is None or t < best):
                best, hit = t, shape
        return best, hit

    def in_shadow(self, point, light):
        to_light = light.position - point
        distance = abs(to_light)
        t, _ = self.nearest(Ray(point, to_light))
        return t is not None and t < distance

    def trace(self, ray, depth=0):
        t, shape = self.nearest(ray)
        if shape is None:
            return Color(0.2, 0.3, 0.5) * (0.5 + 0.5 * ray.direction.y)
        point = ray.at(t)
        normal = shape.normal_at(point)
        if normal @ ray.direction > 0:
            normal = -normal
        material = shape.material
        base = material.color_at(point)
        color = base * self.ambient
        for light in self.lights:
            if self.in_shadow(point + normal * 1e-4, light):
                continue
            to_light = (light.position - point).normalized()
            lambert = normal @ to_light
            if lambert > 0:
                color = color + base * light.color * (lambert * material.diffuse)
                reflected = normal * (2 * lambert) - to_light
                spec = reflected @ -ray.direction
                if spec > 0:
                    color = color + light.color * (material.specular * spec ** material.shininess)
        if material.reflect > 0 and depth < 2:
            d = ray.direction
            bounce = Ray(point + normal * 1e-4, d - normal * (2 * (d @ normal)))
            color = color * (1 - material.reflect) + self.trace(bounce, depth + 1) * material.reflect
        return color

    def render(self, width, height):
        rows = []
        aspect = width / height
        for j in range(height):
            row = []
            for i in range(width):
                u = (2 * (i + 0.5) / width - 1) * aspect * 0.6
                v = (1 - 2 * (j + 0.5) / height) * 0.6
                direction = self.forward + self.right * u + self.up * v
                row.append(self.trace(Ray(self.camera, direction)).to_bytes())
            rows.append(row)
        return rows


def build_scene():
    red = Material(Color(0.9, 0.2, 0.2), reflect=0.2)
    green = Material(Color(0.2, 0.8, 0.3), specular=0.6, shininess=40)
    mirror = Material(Color(0.9, 0.9, 0.9), diffuse=0.2, specular=0.9, shininess=80, reflect=0.7)
    floor = Checker(Color(0.9, 0.9, 0.9), Color(0.1, 0.1, 0.1), 1.0, reflect=0.1)
    shapes = [
        Sphere(Vector(-1.2, 1.0, 5.0), 1.0, red),
        Sphere(Vector(1.3, 0.7, 4.2), 0.7, green),
        Sphere(Vector(0.2, 1.6, 7.5), 1.6, mirror),
        Plane(Vector(0.0, 0.0, 0.0), Vector(0.0, 1.0, 0.0), floor),
    ]
    lights = [Light(Vector(-4.0, 6.0, 0.0), Color(0.8, 0.8, 0.8)), Light(Vector(5.0, 4.0, 2.0), Color(0.4, 0.4, 0.5))]
    return Scene(Vector(0.0, 1.5, -1.0), Vector(0.0, 1.0, 5.0), shapes, lights)


scene = build_scene()
image = scene.render(48, 32)
checksum = 0
histogram = [0] * 8
for y, row in enumerate(image):
    for x, (r, g, b) in enumerate(row):
        checksum = (checksum * 7 + r * 65536 + g * 256 + b + x * y) % 4294967291
        histogram[(r + g + b) * 8 // 766] += 1
shades = " .:-=+*#%@"
for row in image[::4]:
    print("".join(shades[(r + g + b) * len(shades) // 766] for r, g, b in row[::2]))
print("rays", scene.rays_cast)
print("histogram", histogram)
print("corner pixels", image[0][0], image[0][-1], image[-1][0], image[-1][-1])
print("forward", scene.forward, "right", scene.right)
print("checksum", checksum)
