package dev.krait.builtins.modules;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Elementary functions rounded correctly to the nearest double. CPython calls the C library, and glibc's exp, log,
 * sin, cos and friends return the correctly rounded result in all but astronomically rare cases, so computing each
 * function to about 106 bits (double-double arithmetic: a value is an unevaluated sum {@code hi + lo}) and rounding
 * once reproduces CPython's results bit for bit, where Java's {@code Math}/{@code StrictMath} are off by an ulp
 * for a few percent of arguments. Functions whose glibc version is not correctly rounded (log10) follow glibc's
 * formula on top of the correctly rounded pieces.
 */
public final class ExactMath {
    private ExactMath() {
    }

    // ------------------------------------------------------------------ double-double arithmetic

    /** An unevaluated sum hi + lo with |lo| <= ulp(hi)/2. */
    record DD(double hi, double lo) {
        double value() {
            return hi + lo;
        }

        DD negate() {
            return new DD(-hi, -lo);
        }
    }

    static DD dd(double x) {
        return new DD(x, 0);
    }

    static DD twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return new DD(s, err);
    }

    static DD quickTwoSum(double a, double b) {
        double s = a + b;
        return new DD(s, b - (s - a));
    }

    static DD twoProd(double a, double b) {
        double p = a * b;
        return new DD(p, Math.fma(a, b, -p));
    }

    static DD add(DD a, DD b) {
        DD s = twoSum(a.hi, b.hi);
        DD t = twoSum(a.lo, b.lo);
        double lo = s.lo + t.hi;
        DD u = quickTwoSum(s.hi, lo);
        lo = t.lo + u.lo;
        return quickTwoSum(u.hi, lo);
    }

    static DD add(DD a, double b) {
        DD s = twoSum(a.hi, b);
        return quickTwoSum(s.hi, s.lo + a.lo);
    }

    static DD sub(DD a, DD b) {
        return add(a, b.negate());
    }

    static DD mul(DD a, DD b) {
        DD p = twoProd(a.hi, b.hi);
        double lo = p.lo + (a.hi * b.lo + a.lo * b.hi);
        return quickTwoSum(p.hi, lo);
    }

    static DD mul(DD a, double b) {
        DD p = twoProd(a.hi, b);
        return quickTwoSum(p.hi, p.lo + a.lo * b);
    }

    static DD div(DD a, DD b) {
        double q1 = a.hi / b.hi;
        DD r = sub(a, mul(b, q1));
        double q2 = r.hi / b.hi;
        r = sub(r, mul(b, q2));
        double q3 = r.hi / b.hi;
        return add(quickTwoSum(q1, q2), q3);
    }

    static DD sqrt(DD a) {
        if (a.hi <= 0) {
            return dd(Math.sqrt(a.hi));
        }
        double x = Math.sqrt(a.hi);
        DD sq = twoProd(x, x);
        double correction = sub(a, sq).hi / (2 * x);
        return twoSum(x, correction);
    }

    static DD scalb(DD a, int n) {
        return new DD(Math.scalb(a.hi, n), Math.scalb(a.lo, n));
    }

    /** Rounds hi + lo scaled by 2^k to a double, correctly also when the result is subnormal. */
    static double roundScaled(DD a, int k) {
        double r = Math.scalb(a.hi, k);
        if (Math.abs(r) >= Double.MIN_NORMAL || r == 0 && a.hi == 0) {
            return Math.scalb(a.hi + a.lo, k);
        }
        BigDecimal exact = new BigDecimal(a.hi).add(new BigDecimal(a.lo));
        exact = k >= 0 ? exact.multiply(new BigDecimal(BigInteger.TWO.pow(k))) : exact.divide(new BigDecimal(BigInteger.TWO.pow(-k)));
        return exact.doubleValue();
    }

    // ------------------------------------------------------------------ constants, computed once with BigDecimal

    private static final MathContext MC = new MathContext(80);

    private static DD fromBig(BigDecimal v) {
        double hi = v.doubleValue();
        double lo = v.subtract(new BigDecimal(hi)).doubleValue();
        return new DD(hi, lo);
    }

    /** Three doubles whose sum is v to about 160 bits. */
    private static double[] triple(BigDecimal v) {
        double a = v.doubleValue();
        BigDecimal r = v.subtract(new BigDecimal(a));
        double b = r.doubleValue();
        double c = r.subtract(new BigDecimal(b)).doubleValue();
        return new double[]{a, b, c};
    }

    /** atanh(1/n) = sum 1/((2k+1) n^(2k+1)). */
    private static BigDecimal atanhInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 0; term.abs().compareTo(eps) > 0; k++) {
            sum = sum.add(term.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
            term = term.multiply(x2, mc);
        }
        return sum;
    }

    /** atan(1/n) = sum (-1)^k / ((2k+1) n^(2k+1)). */
    private static BigDecimal atanInverse(int n, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal term = x;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 5);
        for (int k = 0; term.abs().compareTo(eps) > 0; k++) {
            BigDecimal t = term.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k & 1) == 0 ? sum.add(t, mc) : sum.subtract(t, mc);
            term = term.multiply(x2, mc);
        }
        return sum;
    }

    /** pi by Machin's formula, to the given number of digits. */
    static BigDecimal pi(int digits) {
        MathContext mc = new MathContext(digits + 10);
        BigDecimal a = atanInverse(5, mc).multiply(BigDecimal.valueOf(16), mc);
        BigDecimal b = atanInverse(239, mc).multiply(BigDecimal.valueOf(4), mc);
        return a.subtract(b, mc).round(new MathContext(digits));
    }

    private static final BigDecimal BIG_LN2 = atanhInverse(3, MC).multiply(BigDecimal.TWO, MC);
    private static final BigDecimal BIG_PI = pi(80);
    private static final double[] LN2 = triple(BIG_LN2);
    private static final DD LN2_DD = fromBig(BIG_LN2);
    private static final double[] PIO2 = triple(BIG_PI.divide(BigDecimal.TWO, MC));
    static final DD PI_DD = fromBig(BIG_PI);
    static final DD PIO2_DD = fromBig(BIG_PI.divide(BigDecimal.TWO, MC));
    /** 1/k! for k = 0..29 in double-double, as separate high and low parts (for allocation-free loops). */
    private static final double[] IF_HI = new double[30];
    private static final double[] IF_LO = new double[30];
    /** 1/(2k+1) for k = 0..16 in double-double. */
    private static final double[] ODD_HI = new double[17];
    private static final double[] ODD_LO = new double[17];

    static {
        BigDecimal f = BigDecimal.ONE;
        for (int k = 0; k < IF_HI.length; k++) {
            if (k > 0) {
                f = f.multiply(BigDecimal.valueOf(k));
            }
            DD v = fromBig(BigDecimal.ONE.divide(f, MC));
            IF_HI[k] = v.hi;
            IF_LO[k] = v.lo;
        }
        for (int k = 0; k < ODD_HI.length; k++) {
            DD v = fromBig(BigDecimal.ONE.divide(BigDecimal.valueOf(2L * k + 1), MC));
            ODD_HI[k] = v.hi;
            ODD_LO[k] = v.lo;
        }
    }

    /** One Horner step on acc = {hi, lo}: acc = acc * (mh + ml) + (ch + cl), without allocating. */
    private static void hornerStep(double[] acc, double mh, double ml, double ch, double cl) {
        double h = acc[0];
        double l = acc[1];
        double ph = h * mh;
        double pl = Math.fma(h, mh, -ph) + (h * ml + l * mh);
        double s = ph + ch;
        double bb = s - ph;
        double e = (ph - (s - bb)) + (ch - bb);
        e += pl + cl;
        double rh = s + e;
        acc[1] = e - (rh - s);
        acc[0] = rh;
    }

    /** acc = acc * acc. */
    private static void squareInPlace(double[] acc) {
        double h = acc[0];
        double l = acc[1];
        double ph = h * h;
        double pl = Math.fma(h, h, -ph) + 2 * h * l;
        double rh = ph + pl;
        acc[1] = pl - (rh - ph);
        acc[0] = rh;
    }

    // ------------------------------------------------------------------ exp and log

    /** exp(a) = 2^k * m, returned as m (double-double near [0.7, 1.42]) with k stored in the result record. */
    record Scaled(DD m, int k) {
    }

    /** exp of a double-double argument |a| < 800, not yet scaled by its power of two. */
    static Scaled expScaled(DD a) {
        double kd = Math.rint(a.hi / LN2[0]);
        // r = a - k ln2, with ln2 to 160 bits so that r is exact to ~106 bits even for k ~ 1100.
        DD r = sub(a, twoProd(kd, LN2[0]));
        r = sub(r, twoProd(kd, LN2[1]));
        r = add(r, -kd * LN2[2]);
        // exp(r) = exp(r/16)^16; Taylor series for |r/16| < 0.022.
        double sh = Math.scalb(r.hi, -4);
        double sl = Math.scalb(r.lo, -4);
        double[] acc = {IF_HI[14], IF_LO[14]};
        for (int i = 13; i >= 0; i--) {
            hornerStep(acc, sh, sl, IF_HI[i], IF_LO[i]);
        }
        for (int i = 0; i < 4; i++) {
            squareInPlace(acc);
        }
        return new Scaled(new DD(acc[0], acc[1]), (int) kd);
    }

    @TruffleBoundary
    public static double exp(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -745.2) {
            return 0.0;
        }
        if (Math.abs(x) < 0x1p-54) {
            return 1.0 + x;
        }
        Scaled e = expScaled(dd(x));
        return roundScaled(e.m, e.k);
    }

    /** exp(a) as a double-double (no overflow checks; |a| small enough that the result is normal). */
    static DD expDD(DD a) {
        Scaled e = expScaled(a);
        return scalb(e.m, e.k);
    }

    /** log(1 + f) for a small double-double f (|f| < 1/8): 2 atanh(f / (2 + f)). */
    static DD log1pSmall(DD f) {
        DD u = div(f, add(f, 2.0));
        DD u2 = mul(u, u);
        // 2u (1 + u^2/3 + u^4/5 + ...): |u| < 1/15, so 17 terms reach 2^-130.
        double[] acc = {ODD_HI[16], ODD_LO[16]};
        for (int k = 15; k >= 0; k--) {
            hornerStep(acc, u2.hi, u2.lo, ODD_HI[k], ODD_LO[k]);
        }
        return scalb(mul(new DD(acc[0], acc[1]), u), 1);
    }

    /** log of a positive finite double-double. */
    static DD logDD(DD x) {
        int adjust = 0;
        if (x.hi < Double.MIN_NORMAL) {
            x = scalb(x, 64);
            adjust = -64;
        }
        int e = Math.getExponent(x.hi);
        x = scalb(x, -e);
        e += adjust;
        // x in [1, 2): move it to [sqrt(1/2), sqrt(2)).
        if (x.hi > 1.4142135623730951) {
            x = scalb(x, -1);
            e++;
        }
        DD f = add(x, -1.0);
        DD logm;
        if (Math.abs(f.hi) < 0.125) {
            logm = log1pSmall(f);
        } else {
            // One Newton step from the double estimate: log m = y + log(m e^-y).
            double y = Math.log(x.hi);
            DD t = add(mul(x, expDD(dd(-y))), -1.0);
            logm = add(log1pSmall(t), y);
        }
        if (e == 0) {
            return logm;
        }
        DD k = add(add(twoProd(e, LN2[0]), twoProd(e, LN2[1])), e * LN2[2]);
        return add(k, logm);
    }

    @TruffleBoundary
    public static double log(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        return logDD(dd(x)).value();
    }

    @TruffleBoundary
    public static double log2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        int e = Math.getExponent(x);
        double m;
        if (e == Double.MIN_EXPONENT - 1) {
            double y = x * 0x1p64;
            e = Math.getExponent(y) - 64;
            m = Math.scalb(y, -(Math.getExponent(y)));
        } else {
            m = Math.scalb(x, -e);
        }
        if (m == 1.0) {
            return e;
        }
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        DD l = div(logDD(dd(m)), LN2_DD);
        return add(l, e).value();
    }

    private static final double IVLN10 = Double.longBitsToDouble(0x3FDBCB7B1526E50EL);
    private static final double LOG10_2HI = Double.longBitsToDouble(0x3FD34413509F6000L);
    private static final double LOG10_2LO = Double.longBitsToDouble(0x3D59FEF311F12B36L);

    /** glibc's log10: y log10(2) + log(m) / ln 10, with m in [1, 2) (or [1/2, 1) below 1) and log correctly rounded. */
    @TruffleBoundary
    public static double log10(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x < 0) {
            return Double.NaN;
        }
        int k = 0;
        if (x < Double.MIN_NORMAL) {
            k -= 54;
            x *= 0x1p54;
        }
        k += Math.getExponent(x);
        int i = k < 0 ? 1 : 0;
        double m = Math.scalb(x, -Math.getExponent(x) - i);
        double y = k + i;
        double z = y * LOG10_2LO + IVLN10 * log(m);
        return z + y * LOG10_2HI;
    }

    /** glibc's log1p and expm1 are fdlibm's algorithms, as StrictMath's are. */
    @TruffleBoundary
    public static double log1p(double x) {
        return StrictMath.log1p(x);
    }

    @TruffleBoundary
    public static double expm1(double x) {
        return StrictMath.expm1(x);
    }

    @TruffleBoundary
    public static double exp2(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x >= 1024) {
            return Double.POSITIVE_INFINITY;
        }
        if (x < -1080) {
            return 0.0;
        }
        double n = Math.rint(x);
        if (n == x) {
            return Math.scalb(1.0, (int) n);
        }
        // 2^x = 2^n * exp((x - n) ln 2)
        DD r = mul(LN2_DD, x - n);
        r = add(r, (x - n) * (LN2[1] - LN2_DD.lo) + 0);
        Scaled e = expScaled(r);
        return roundScaled(e.m, e.k + (int) n);
    }

    /** x^y for finite x > 0 and finite y, rounded correctly. */
    @TruffleBoundary
    public static double powPositive(double x, double y) {
        DD l = mul(logDD(dd(x)), y);
        if (l.hi > 709.8) {
            return Double.POSITIVE_INFINITY;
        }
        if (l.hi < -745.2) {
            return 0.0;
        }
        Scaled e = expScaled(l);
        return roundScaled(e.m, e.k);
    }

    /** pow with C99's special cases; finite cases rounded correctly. */
    @TruffleBoundary
    public static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1.0;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y) || x == 0) {
            return Math.pow(x, y);
        }
        if (x > 0) {
            return powPositive(x, y);
        }
        // Negative base: defined for integer exponents only.
        if (y != Math.rint(y)) {
            return Double.NaN;
        }
        double r = powPositive(-x, y);
        boolean odd = Math.abs(y) < 0x1p53 && ((long) y & 1) == 1;
        return odd ? -r : r;
    }

    // ------------------------------------------------------------------ trigonometry

    private static BigDecimal bigPiCache;

    private static synchronized BigDecimal bigPi() {
        if (bigPiCache == null) {
            bigPiCache = pi(420);
        }
        return bigPiCache;
    }

    /** x reduced by multiples of pi/2: r = x - n pi/2 with |r| <= pi/4 (about), and n mod 4. */
    record Reduced(DD r, int quadrant) {
    }

    static Reduced reduce(double x) {
        if (Math.abs(x) <= 0.7853981633974483) {
            return new Reduced(dd(x), 0);
        }
        if (Math.abs(x) < 0x1p20) {
            double n = Math.rint(x / PIO2[0]);
            DD p = twoProd(n, PIO2[0]);
            DD r = twoSum(x, -p.hi);
            r = add(r, -p.lo);
            r = sub(r, twoProd(n, PIO2[1]));
            r = add(r, -n * PIO2[2]);
            return new Reduced(r, (int) ((long) n & 3));
        }
        // Huge arguments: reduce exactly with 420 digits of pi.
        BigDecimal pio2 = bigPi().divide(BigDecimal.TWO);
        BigDecimal bx = new BigDecimal(x);
        MathContext mc = new MathContext(440);
        BigDecimal q = bx.divide(pio2, mc).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal r = bx.subtract(q.multiply(pio2, mc), mc);
        int quadrant = q.toBigInteger().and(BigInteger.valueOf(3)).intValue();
        return new Reduced(fromBig(r), quadrant);
    }

    /** sin(r) for |r| <= ~0.8 in double-double. */
    static DD sinSmall(DD r) {
        DD r2 = mul(r, r);
        double[] acc = {IF_HI[27], IF_LO[27]};
        for (int i = 25; i >= 1; i -= 2) {
            hornerStep(acc, -r2.hi, -r2.lo, IF_HI[i], IF_LO[i]);
        }
        return mul(new DD(acc[0], acc[1]), r);
    }

    static DD cosSmall(DD r) {
        DD r2 = mul(r, r);
        double[] acc = {IF_HI[28], IF_LO[28]};
        for (int i = 26; i >= 0; i -= 2) {
            hornerStep(acc, -r2.hi, -r2.lo, IF_HI[i], IF_LO[i]);
        }
        return new DD(acc[0], acc[1]);
    }

    static DD sinDD(double x) {
        Reduced red = reduce(x);
        return switch (red.quadrant) {
            case 0 -> sinSmall(red.r);
            case 1 -> cosSmall(red.r);
            case 2 -> sinSmall(red.r).negate();
            default -> cosSmall(red.r).negate();
        };
    }

    static DD cosDD(double x) {
        Reduced red = reduce(x);
        return switch (red.quadrant) {
            case 0 -> cosSmall(red.r);
            case 1 -> sinSmall(red.r).negate();
            case 2 -> cosSmall(red.r).negate();
            default -> sinSmall(red.r);
        };
    }

    @TruffleBoundary
    public static double sin(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x == 0 ? x : sinSmall(dd(x)).value();
        }
        return sinDD(x).value();
    }

    @TruffleBoundary
    public static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        return cosDD(x).value();
    }

    @TruffleBoundary
    public static double tan(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.NaN;
        }
        if (x == 0) {
            return x;
        }
        Reduced red = reduce(x);
        DD s = sinSmall(red.r);
        DD c = cosSmall(red.r);
        return (red.quadrant & 1) == 0 ? div(s, c).value() : div(c, s).negate().value();
    }

    /** atan of a double-double: Newton's method on tan from the double estimate. */
    static DD atanDD(DD x) {
        if (Math.abs(x.hi) > 1) {
            // atan(x) = +-pi/2 - atan(1/x), so the Newton step works on a well-conditioned argument.
            DD inv = div(dd(1.0), x);
            DD a = atanDD(inv);
            return x.hi > 0 ? sub(PIO2_DD, a) : sub(PIO2_DD.negate(), a);
        }
        double y = Math.atan(x.hi);
        if (y == 0) {
            return x;
        }
        DD s = sinSmall(dd(y));
        DD c = cosSmall(dd(y));
        // y1 = y - cos(y) (sin(y) - x cos(y))
        DD corr = mul(c, sub(s, mul(x, c)));
        return sub(dd(y), corr);
    }

    @TruffleBoundary
    public static double atan(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? PIO2_DD.hi : -PIO2_DD.hi;
        }
        if (Math.abs(x) < 0x1p-27) {
            return x == 0 ? x : atanDD(dd(x)).value();
        }
        if (Math.abs(x) > 0x1p60) {
            return x > 0 ? PIO2_DD.hi : -PIO2_DD.hi;
        }
        return atanDD(dd(x)).value();
    }

    /** atan2 for finite double-doubles, x != 0 or y != 0. */
    static DD atan2DD(DD y, DD x) {
        if (x.hi == 0) {
            return y.hi > 0 ? PIO2_DD : PIO2_DD.negate();
        }
        if (Math.abs(y.hi) <= Math.abs(x.hi)) {
            DD a = atanDD(div(y, x));
            if (x.hi > 0) {
                return a;
            }
            return y.hi >= 0 ? add(a, PI_DD) : sub(a, PI_DD);
        }
        DD a = atanDD(div(x, y));
        return y.hi > 0 ? sub(PIO2_DD, a) : sub(PIO2_DD.negate(), a);
    }

    @TruffleBoundary
    public static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || Double.isInfinite(y) || y == 0 || x == 0) {
            return Math.atan2(y, x);
        }
        // Exact quotients far out of range round to the limits; let the double-double path handle the rest.
        int ey = Math.getExponent(y);
        int ex = Math.getExponent(x);
        if (ey - ex > 1000 || ex - ey > 1000) {
            double sx = Math.scalb(x, -ex);
            double sy = Math.scalb(y, -ey);
            if (ey > ex) {
                return Math.copySign(PIO2_DD.hi, y);
            }
            double q = Math.abs(sy / sx) * Math.pow(2, Math.max(-1100, ey - ex));
            if (x > 0) {
                return Math.copySign(q, y);
            }
            return Math.copySign(PI_DD.hi, y);
        }
        DD sy = dd(y);
        DD sx = dd(x);
        int shift = -Math.max(ey, ex);
        return atan2DD(scalb(sy, shift), scalb(sx, shift)).value();
    }

    @TruffleBoundary
    public static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (Math.abs(x) == 1) {
            return Math.copySign(PIO2_DD.hi, x);
        }
        if (Math.abs(x) < 0x1p-27) {
            return x == 0 ? x : add(dd(x), x * x * x / 6).value();
        }
        // asin x = atan(x / sqrt(1 - x^2)), with 1 - x^2 exact.
        DD oneMinus = add(twoProd(-x, x), 1.0);
        return atanDD(div(dd(x), sqrt(oneMinus))).value();
    }

    @TruffleBoundary
    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x == -1) {
            return PI_DD.hi;
        }
        DD oneMinus = add(twoProd(-x, x), 1.0);
        return atan2DD(sqrt(oneMinus), dd(x)).value();
    }

    // ------------------------------------------------------------------ hyperbolic functions (fdlibm's formulas, as glibc)

    private static final double LN2_DOUBLE = 6.93147180559945286227e-01;

    @TruffleBoundary
    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (a < 709.782712893384) {
            return h * exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = exp(0.5 * a);
            double t = h * w;
            return t * w;
        }
        return Math.copySign(Double.POSITIVE_INFINITY, x);
    }

    @TruffleBoundary
    public static double cosh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0.5 * LN2_DOUBLE) {
            double t = expm1(a);
            double w = 1.0 + t;
            if (a < 0x1p-55) {
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < 709.782712893384) {
            return 0.5 * exp(a);
        }
        if (a <= 710.4758600739439) {
            double w = exp(0.5 * a);
            double t = 0.5 * w;
            return t * w;
        }
        return Double.POSITIVE_INFINITY;
    }

    @TruffleBoundary
    public static double tanh(double x) {
        return StrictMath.tanh(x);
    }

    @TruffleBoundary
    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-28) {
            return x;
        }
        double w;
        if (a > 0x1p28) {
            w = log(a) + LN2_DOUBLE;
        } else if (a > 2) {
            w = log(2.0 * a + 1.0 / (Math.sqrt(x * x + 1.0) + a));
        } else {
            double t = x * x;
            w = log1p(a + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    @TruffleBoundary
    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : log(x) + LN2_DOUBLE;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            double t = x * x;
            return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    @TruffleBoundary
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * log1p(t + t * a / (1.0 - a));
        } else {
            t = 0.5 * log1p((a + a) / (1.0 - a));
        }
        return x >= 0 ? t : -t;
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /** glibc's cbrt: a polynomial first guess refined by one rational (Halley) step. */
    @TruffleBoundary
    public static double cbrt(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        int xe = Math.getExponent(a) + 1;
        if (a < Double.MIN_NORMAL) {
            xe = Math.getExponent(a * 0x1p64) + 1 - 64;
        }
        double xm = Math.scalb(a, -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                        + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0 ? ym : -ym, xe / 3);
    }

    /** sqrt(sum of squares) of already-scaled components, rounded correctly (CPython's vector_norm is too). */
    @TruffleBoundary
    public static double hypot(double[] v) {
        double max = 0;
        boolean nan = false;
        for (double d : v) {
            if (Double.isInfinite(d)) {
                return Double.POSITIVE_INFINITY;
            }
            if (Double.isNaN(d)) {
                nan = true;
            }
            max = Math.max(max, Math.abs(d));
        }
        if (nan) {
            return Double.NaN;
        }
        if (max == 0 || v.length == 1) {
            return max;
        }
        int e = Math.getExponent(max);
        DD sum = dd(0);
        for (double d : v) {
            double s = Math.scalb(d, -e);
            sum = add(sum, twoProd(s, s));
        }
        DD r = sqrt(sum);
        return roundScaled(r, e);
    }
}
