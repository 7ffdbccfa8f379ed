package dev.krait.builtins.modules;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;


/**
 * gamma and lgamma as CPython computes them (its own Lanczos approximation, g = 6.0246..., N = 13, evaluated in
 * double arithmetic on top of the C library's exp/pow/log/sin), and erf/erfc, which CPython takes from the C
 * library: glibc's algorithm (fdlibm's rational approximations, evaluated in glibc's order).
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

    // ------------------------------------------------------------------ erf, erfc (glibc's: fdlibm's rational approximations)

    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double PP0 = 1.28379167095512558561e-01;
    private static final double PP1 = -3.25042107247001499370e-01;
    private static final double PP2 = -2.84817495755985104766e-02;
    private static final double PP3 = -5.77027029648944159157e-03;
    private static final double PP4 = -2.37630166566501626084e-05;
    private static final double QQ1 = 3.97917223959155352819e-01;
    private static final double QQ2 = 6.50222499887672944485e-02;
    private static final double QQ3 = 5.08130628187576562776e-03;
    private static final double QQ4 = 1.32494738004321644526e-04;
    private static final double QQ5 = -3.96022827877536812320e-06;
    private static final double PA0 = -2.36211856075265944077e-03;
    private static final double PA1 = 4.14856118683748331666e-01;
    private static final double PA2 = -3.72207876035701323847e-01;
    private static final double PA3 = 3.18346619901161753674e-01;
    private static final double PA4 = -1.10894694282396677476e-01;
    private static final double PA5 = 3.54783043256182359371e-02;
    private static final double PA6 = -2.16637559486879084300e-03;
    private static final double QA1 = 1.06420880400844228286e-01;
    private static final double QA2 = 5.40397917702171048937e-01;
    private static final double QA3 = 7.18286544141962662868e-02;
    private static final double QA4 = 1.26171219808761642112e-01;
    private static final double QA5 = 1.36370839120290507362e-02;
    private static final double QA6 = 1.19844998467991074170e-02;
    private static final double RA0 = -9.86494403484714822705e-03;
    private static final double RA1 = -6.93858572707181764372e-01;
    private static final double RA2 = -1.05586262253232909814e+01;
    private static final double RA3 = -6.23753324503260060396e+01;
    private static final double RA4 = -1.62396669462573470355e+02;
    private static final double RA5 = -1.84605092906711035994e+02;
    private static final double RA6 = -8.12874355063065934246e+01;
    private static final double RA7 = -9.81432934416914548592e+00;
    private static final double SA1 = 1.96512716674392571292e+01;
    private static final double SA2 = 1.37657754143519042600e+02;
    private static final double SA3 = 4.34565877475229228821e+02;
    private static final double SA4 = 6.45387271733267880336e+02;
    private static final double SA5 = 4.29008140027567833386e+02;
    private static final double SA6 = 1.08635005541779435134e+02;
    private static final double SA7 = 6.57024977031928170135e+00;
    private static final double SA8 = -6.04244152148580987438e-02;
    private static final double RB0 = -9.86494292470009928597e-03;
    private static final double RB1 = -7.99283237680523006574e-01;
    private static final double RB2 = -1.77579549177547519889e+01;
    private static final double RB3 = -1.60636384855821916062e+02;
    private static final double RB4 = -6.37566443368389627722e+02;
    private static final double RB5 = -1.02509513161107724954e+03;
    private static final double RB6 = -4.83519191608651397019e+02;
    private static final double SB1 = 3.03380607434824582924e+01;
    private static final double SB2 = 3.25792512996573918826e+02;
    private static final double SB3 = 1.53672958608443695994e+03;
    private static final double SB4 = 3.19985821950859553908e+03;
    private static final double SB5 = 2.55305040643316442583e+03;
    private static final double SB6 = 4.74528541206955367215e+02;
    private static final double SB7 = -2.24409524465858183362e+01;

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    /** (P, Q) on |x| < 0.84375, z = x*x, evaluated in glibc's order (pairs of terms, powers of z). */
    private static double[] smallRange(double z) {
        double r1 = PP0 + z * PP1;
        double z2 = z * z;
        double r2 = PP2 + z * PP3;
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ1;
        double s2 = QQ2 + z * QQ3;
        double s3 = QQ4 + z * QQ5;
        return new double[]{r1 + z2 * r2 + z4 * PP4, s1 + z2 * s2 + z4 * s3};
    }

    /** (P, Q) on 0.84375 <= |x| < 1.25, s = |x| - 1. */
    private static double[] midRange(double s) {
        double p1 = PA0 + s * PA1;
        double s2 = s * s;
        double q1 = 1.0 + s * QA1;
        double s4 = s2 * s2;
        double p2 = PA2 + s * PA3;
        double s6 = s4 * s2;
        double q2 = QA2 + s * QA3;
        double p3 = PA4 + s * PA5;
        double q3 = QA4 + s * QA5;
        return new double[]{p1 + s2 * p2 + s4 * p3 + s6 * PA6, q1 + s2 * q2 + s4 * q3 + s6 * QA6};
    }

    /** (R, S) on 1.25 <= |x| < 1/0.35, s = 1/x^2. */
    private static double[] tailA(double s) {
        double r1 = RA0 + s * RA1;
        double s2 = s * s;
        double q1 = 1.0 + s * SA1;
        double s4 = s2 * s2;
        double r2 = RA2 + s * RA3;
        double s6 = s4 * s2;
        double q2 = SA2 + s * SA3;
        double s8 = s4 * s4;
        double r3 = RA4 + s * RA5;
        double q3 = SA4 + s * SA5;
        double r4 = RA6 + s * RA7;
        double q4 = SA6 + s * SA7;
        return new double[]{r1 + s2 * r2 + s4 * r3 + s6 * r4, q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA8};
    }

    /** (R, S) on |x| >= 1/0.35, s = 1/x^2. */
    private static double[] tailB(double s) {
        double r1 = RB0 + s * RB1;
        double s2 = s * s;
        double q1 = 1.0 + s * SB1;
        double s4 = s2 * s2;
        double r2 = RB2 + s * RB3;
        double s6 = s4 * s2;
        double q2 = SB2 + s * SB3;
        double r3 = RB4 + s * RB5;
        double q3 = SB4 + s * SB5;
        double q4 = SB6 + s * SB7;
        return new double[]{r1 + s2 * r2 + s4 * r3 + s6 * RB6, q1 + s2 * q2 + s4 * q3 + s6 * q4};
    }

    /** exp(-x^2 - 0.5625 + R/S) / x with x^2 split exactly (the high half of x has its low word cleared). */
    private static double tailValue(double a, double[] rs) {
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(a) & 0xffffffff00000000L);
        double r = ExactMath.exp(-z * z - 0.5625) * ExactMath.exp((z - a) * (z + a) + rs[0] / rs[1]);
        return r / a;
    }

    @TruffleBoundary
    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return Math.copySign(1.0, x);
        }
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) {
                    return 0.125 * (8.0 * x + 1.02703333676410069053e+00 * x);
                }
                return x + EFX * x;
            }
            double[] pq = smallRange(x * x);
            return x + x * (pq[0] / pq[1]);
        }
        if (ix < 0x3ff40000) {
            double[] pq = midRange(Math.abs(x) - 1.0);
            return hx >= 0 ? ERX + pq[0] / pq[1] : -ERX - pq[0] / pq[1];
        }
        if (ix >= 0x40180000) {
            return hx >= 0 ? 1.0 : -1.0;
        }
        double a = Math.abs(x);
        double s = 1.0 / (a * a);
        double r = tailValue(a, ix < 0x4006DB6E ? tailA(s) : tailB(s));
        return hx >= 0 ? 1.0 - r : r - 1.0;
    }

    @TruffleBoundary
    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? 0.0 : 2.0;
        }
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) {
                return 1.0 - x;
            }
            double[] pq = smallRange(x * x);
            double y = pq[0] / pq[1];
            if (hx < 0x3fd00000) {
                return 1.0 - (x + x * y);
            }
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double[] pq = midRange(Math.abs(x) - 1.0);
            if (hx >= 0) {
                return (1.0 - ERX) - pq[0] / pq[1];
            }
            return 1.0 + (ERX + pq[0] / pq[1]);
        }
        if (ix < 0x403c0000) {
            double a = Math.abs(x);
            double s = 1.0 / (a * a);
            double[] rs;
            if (ix < 0x4006DB6D) {
                rs = tailA(s);
            } else {
                if (hx < 0 && ix >= 0x40180000) {
                    return 2.0;
                }
                rs = tailB(s);
            }
            double r = tailValue(a, rs);
            return hx > 0 ? r : 2.0 - r;
        }
        return hx > 0 ? 0.0 : 2.0;
    }
}
