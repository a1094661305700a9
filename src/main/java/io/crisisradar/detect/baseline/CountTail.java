package io.crisisradar.detect.baseline;

/**
 * Upper-tail probabilities of counts under a negative-binomial (NB2) predictive distribution, in
 * log10 so that very surprising bursts (p = 1e-80) stay finite and ordered.
 *
 * <p>NB2 has mean {@code mu} and variance {@code mu + phi * mu^2}; {@code phi -> 0} is Poisson.
 * {@code P(X >= x) = I_q(x, r)} with {@code r = 1/phi}, {@code q = mu / (mu + r)} (regularised
 * incomplete beta), evaluated by its continued fraction in log space.
 */
public final class CountTail {

    /** Below this over-dispersion the NB is numerically a Poisson; keeps the beta's b finite. */
    static final double MIN_DISPERSION = 1e-4;

    private static final double LN10 = Math.log(10);

    private CountTail() {}

    /**
     * {@code -log10 P(X >= x)} for X ~ NB2(mu, phi): 0 when x is at or below what is expected,
     * large when x is far above it. Non-integer x is rounded down.
     */
    public static double surprise(double x, double mu, double phi) {
        double k = Math.floor(x);
        if (k <= 0 || mu <= 0 && k <= 0) {
            return 0;
        }
        double m = Math.max(mu, 1e-9);
        double r = 1 / Math.max(phi, MIN_DISPERSION);
        double q = m / (m + r);
        return Math.max(0, -logRegularizedBeta(q, k, r) / LN10);
    }

    /** {@code ln I_x(a, b)}, the regularised incomplete beta function, for 0 < x < 1, a, b > 0. */
    static double logRegularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= 1) {
            return 0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1) / (a + b + 2)) {
            return logFront + Math.log(continuedFraction(a, b, x)) - Math.log(a);
        }
        double complement = Math.exp(logFront + Math.log(continuedFraction(b, a, 1 - x)) - Math.log(b));
        return Math.log1p(-Math.min(complement, 1 - 1e-300));
    }

    /** Lentz's evaluation of the incomplete beta continued fraction (Numerical Recipes, betacf). */
    private static double continuedFraction(double a, double b, double x) {
        final double tiny = 1e-300;
        double qab = a + b;
        double qap = a + 1;
        double qam = a - 1;
        double c = 1;
        double d = 1 - qab * x / qap;
        if (Math.abs(d) < tiny) {
            d = tiny;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= 100_000; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1 + aa * d;
            if (Math.abs(d) < tiny) {
                d = tiny;
            }
            c = 1 + aa / c;
            if (Math.abs(c) < tiny) {
                c = tiny;
            }
            d = 1 / d;
            double del = d * c;
            h *= del;
            if (Math.abs(del - 1) < 1e-12) {
                break;
            }
        }
        return h;
    }

    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };

    /** {@code ln Gamma(z)} for z > 0 (Lanczos, g = 7; relative error about 1e-15). */
    static double logGamma(double z) {
        if (z < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * z))) - logGamma(1 - z);
        }
        double zz = z - 1;
        double sum = LANCZOS[0];
        double t = zz + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (zz + i);
        }
        return 0.5 * Math.log(2 * Math.PI) + (zz + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
