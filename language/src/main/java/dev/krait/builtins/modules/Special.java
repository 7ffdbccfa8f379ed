package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.krait.builtins.modules.ExactMath.DD;

/**
 * gamma and lgamma as CPython computes them (its own Lanczos approximation, g = 6.0246..., N = 13, evaluated in
 * double arithmetic on top of the C library's exp/pow/log/sin), and erf/erfc, which CPython takes from the C
 * library: here evaluated in double-double and rounded once.
 */
final class Special {
    private Special() {
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
                    23531376880.410759688572007674451636754734846804940,
                    42919803642.649098768957899047001988850926355848959,
                    35711959237.355668049440185451547166705960488635843,
                    17921034426.037209699919755754458931112671403265390,
                    6039542586.3520280050642916443072979210699388420708,
                    1439720407.3117216736632230727949123939715485786772,
                    248874557.86205415651146038641322942321632125127801,
                    31426415.585400194380614231628318205362874684987640,
                    2876370.6289353724412254090516208496135991145378768,
                    186056.26539522349504029498971604569928220784236328,
                    8071.6720023658162106380029022722506138218516325024,
                    210.82427775157934587250973392071336271166969580291,
                    2.5066282746310002701649081771338373386264310793408};
    /** The denominator x (x+1) ... (x+11) expanded. */
    private static final double[] LANCZOS_DEN = {0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
                    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0};
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** The Lanczos sum for x > 0: Horner in x below 5, in 1/x above (no overflow, better accuracy). */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        int n = LANCZOS_NUM.length;
        if (x < 5.0) {
            for (int i = n - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < n; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi x) for finite x, reduced first so that integers give exact zeros. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> ExactMath.sin(Math.PI * y);
            case 1 -> ExactMath.cos(Math.PI * (y - 0.5));
            case 2 -> ExactMath.sin(Math.PI * (1.0 - y));
            case 3 -> -ExactMath.cos(Math.PI * (y - 1.5));
            default -> ExactMath.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    @TruffleBoundary
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) || x > 0 ? x : Double.NaN;
        }
        if (x == 0) {
            return Math.copySign(Double.POSITIVE_INFINITY, x);
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                return Double.NaN;
            }
            if (x <= 23) {
                java.math.BigInteger r = java.math.BigInteger.ONE;
                for (int i = 2; i < (int) x; i++) {
                    r = r.multiply(java.math.BigInteger.valueOf(i));
                }
                return r.doubleValue();
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return 1.0 / x;
        }
        if (absx > 200.0) {
            return x < 0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        // The rounding error of y, folded back in below.
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * ExactMath.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= ExactMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = ExactMath.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / ExactMath.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= ExactMath.pow(y, absx - 0.5);
            } else {
                double sqrtpow = ExactMath.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    @TruffleBoundary
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -ExactMath.log(absx);
        }
        double r = ExactMath.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (ExactMath.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - ExactMath.log(Math.abs(sinpi(absx))) - ExactMath.log(absx) - r;
        }
        return r;
    }

    // ------------------------------------------------------------------ erf, erfc

    private static final DD TWO_OVER_SQRT_PI = ExactMath.div(ExactMath.dd(2.0), ExactMath.sqrt(ExactMath.PI_DD));
    private static final DD INV_SQRT_PI = ExactMath.div(ExactMath.dd(1.0), ExactMath.sqrt(ExactMath.PI_DD));

    /** erf(a) for 0 <= a < 3: 2a/sqrt(pi) exp(-a^2) sum (2a^2)^n / (1 3 5 ... (2n+1)), all terms positive. */
    private static DD erfSeries(double a) {
        DD a2 = ExactMath.twoProd(a, a);
        DD twoA2 = ExactMath.scalb(a2, 1);
        DD term = ExactMath.dd(1.0);
        DD sum = term;
        for (int n = 1; n < 400; n++) {
            term = ExactMath.div(ExactMath.mul(term, twoA2), ExactMath.dd(2 * n + 1));
            sum = ExactMath.add(sum, term);
            if (term.hi() < sum.hi() * 0x1p-110) {
                break;
            }
        }
        DD e = ExactMath.expDD(a2.negate());
        return ExactMath.mul(ExactMath.mul(ExactMath.mul(sum, e), TWO_OVER_SQRT_PI), a);
    }

    /** erfc(a) for a >= 3 by the continued fraction exp(-a^2)/sqrt(pi) / (a + (1/2)/(a + 1/(a + (3/2)/(a + ...)))). */
    private static double erfcFraction(double a) {
        if (a > 27.3) {
            return 0.0;
        }
        DD x = ExactMath.dd(a);
        DD tail = x;
        for (int k = 240; k >= 1; k--) {
            tail = ExactMath.add(x, ExactMath.div(ExactMath.dd(k / 2.0), tail));
        }
        DD a2 = ExactMath.twoProd(a, a);
        ExactMath.Scaled e = ExactMath.expScaled(a2.negate());
        DD r = ExactMath.div(ExactMath.mul(e.m(), INV_SQRT_PI), tail);
        return ExactMath.roundScaled(r, e.k());
    }

    @TruffleBoundary
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 0x1p-60) {
            return ExactMath.mul(TWO_OVER_SQRT_PI, x).value();
        }
        double r;
        if (a < 3) {
            r = erfSeries(a).value();
        } else if (a < 6) {
            r = 1.0 - erfcFraction(a);
        } else {
            r = 1.0;
        }
        return Math.copySign(r, x);
    }

    @TruffleBoundary
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        if (a < 3) {
            DD e = erfSeries(a);
            return (x < 0 ? ExactMath.add(e, 1.0) : ExactMath.add(e.negate(), 1.0)).value();
        }
        double c = erfcFraction(a);
        return x < 0 ? 2.0 - c : c;
    }
}
