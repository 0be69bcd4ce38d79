package app.retention.evaluate;

/**
 * Calibration of churn scores by Platt scaling: p' = 1 / (1 + e^−(a·logit(p) + b)), with a and b fitted by
 * maximum likelihood (Newton's method) on out-of-sample predictions and their outcomes. Monotone for a > 0, so
 * rankings, ROC AUC, lift and gains do not change; only the probabilities move towards the churn rates observed.
 */
public record PlattScaling(double a, double b) {

    /** Scores are clipped to [ε, 1 − ε] before the logit: a tree's "certain" leaf is not infinitely sure. */
    private static final double EPSILON = 1e-6;
    /** Calibrated probabilities stay strictly inside (0, 1). */
    private static final double BOUND = 1e-9;
    private static final int ITERATIONS = 50;

    /** The map that leaves probabilities as they are. */
    public static PlattScaling identity() {
        return new PlattScaling(1, 0);
    }

    /** Fits a and b to out-of-sample predictions; constant scores get the observed churn rate. */
    public static PlattScaling fit(double[] churnProbability, boolean[] churned) {
        int n = churnProbability.length;
        if (n == 0) {
            return identity();
        }
        double[] z = new double[n];
        double churners = 0;
        double meanZ = 0;
        for (int i = 0; i < n; i++) {
            z[i] = logit(churnProbability[i]);
            meanZ += z[i];
            churners += churned[i] ? 1 : 0;
        }
        meanZ /= n;
        double spread = 0;
        for (double v : z) {
            spread += (v - meanZ) * (v - meanZ);
        }
        double rate = Math.min(1 - EPSILON, Math.max(EPSILON, churners / n));
        if (spread < 1e-12 || churners == 0 || churners == n) {
            return new PlattScaling(0, logit(rate));
        }
        double a = 0;
        double b = logit(rate);
        double loss = loss(z, churned, a, b);
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            double ga = 0;
            double gb = 0;
            double haa = 0;
            double hab = 0;
            double hbb = 0;
            for (int i = 0; i < n; i++) {
                double q = sigmoid(a * z[i] + b);
                double r = q - (churned[i] ? 1 : 0);
                double w = Math.max(q * (1 - q), 1e-12);
                ga += r * z[i];
                gb += r;
                haa += w * z[i] * z[i];
                hab += w * z[i];
                hbb += w;
            }
            double det = haa * hbb - hab * hab;
            if (Math.abs(det) < 1e-12) {
                break;
            }
            double da = (hbb * ga - hab * gb) / det;
            double db = (haa * gb - hab * ga) / det;
            // halve the Newton step until the log-loss falls: the fit never moves away from the optimum
            double step = 1;
            double next = loss(z, churned, a - da, b - db);
            while (next > loss && step > 1e-6) {
                step /= 2;
                next = loss(z, churned, a - step * da, b - step * db);
            }
            if (next > loss) {
                break;
            }
            a -= step * da;
            b -= step * db;
            boolean converged = loss - next < 1e-12;
            loss = next;
            if (converged) {
                break;
            }
        }
        return new PlattScaling(a, b);
    }

    private static double loss(double[] z, boolean[] churned, double a, double b) {
        double total = 0;
        for (int i = 0; i < z.length; i++) {
            double x = a * z[i] + b;
            // log(1 + e^x) − y·x, computed without overflow
            total += Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))) - (churned[i] ? x : 0);
        }
        return total;
    }

    public double apply(double churnProbability) {
        return Math.min(1 - BOUND, Math.max(BOUND, sigmoid(a * logit(churnProbability) + b)));
    }

    public double[] apply(double[] churnProbability) {
        double[] calibrated = new double[churnProbability.length];
        for (int i = 0; i < calibrated.length; i++) {
            calibrated[i] = apply(churnProbability[i]);
        }
        return calibrated;
    }

    private static double logit(double p) {
        double clipped = Math.min(1 - EPSILON, Math.max(EPSILON, p));
        return Math.log(clipped / (1 - clipped));
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
