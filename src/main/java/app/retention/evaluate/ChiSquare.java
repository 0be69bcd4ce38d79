package app.retention.evaluate;

/**
 * Tail probabilities of the chi-square and the standard normal distribution, through the regularised upper
 * incomplete gamma function Q(a, x) (series below a + 1, Lentz's continued fraction above; Numerical Recipes §6.2):
 * P(χ²_k > x) = Q(k/2, x/2) and P(|Z| > z) = Q(1/2, z²/2). Accurate to about 1e-12, far beyond what a p-value
 * needs.
 */
public final class ChiSquare {

    private static final double EPSILON = 1e-15;
    private static final double TINY = 1e-300;
    private static final int ITERATIONS = 10_000;
    private static final double[] LANCZOS = {57.1562356658629235, -59.5979603554754912, 14.1360979747417471,
            -0.491913816097620199, .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4,
            .158088703224912494e-3, -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3,
            .844182239838527433e-4, -.261908384015814087e-4, .368991826595316234e-5};

    private ChiSquare() {
    }

    /** P(χ² with {@code degreesOfFreedom} > {@code statistic}). */
    public static double upperTail(double statistic, int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1: " + degreesOfFreedom);
        }
        if (!(statistic > 0)) {
            return 1;
        }
        return regularizedGammaQ(degreesOfFreedom / 2.0, statistic / 2);
    }

    /** Two-sided p-value of a standard normal statistic: P(|Z| > |z|). */
    public static double normalTwoSided(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return z == 0 ? 1 : regularizedGammaQ(0.5, z * z / 2);
    }

    /** Q(a, x) = Γ(a, x) / Γ(a). */
    static double regularizedGammaQ(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - series(a, x);
        }
        return continuedFraction(a, x);
    }

    private static double series(double a, double x) {
        double ap = a;
        double sum = 1 / a;
        double term = sum;
        for (int n = 0; n < ITERATIONS; n++) {
            ap++;
            term *= x / ap;
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPSILON) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double continuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = b + an / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPSILON) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 607/128, Numerical Recipes 3rd ed. §6.1). */
    static double logGamma(double x) {
        double y = x;
        double tmp = x + 5.24218750000000000;
        tmp = (x + 0.5) * Math.log(tmp) - tmp;
        double ser = 0.999999999999997092;
        for (double coefficient : LANCZOS) {
            ser += coefficient / ++y;
        }
        return tmp + Math.log(2.5066282746310005 * ser / x);
    }
}
