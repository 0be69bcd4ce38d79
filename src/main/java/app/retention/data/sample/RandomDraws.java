package app.retention.data.sample;

import java.util.List;
import java.util.Random;

/**
 * Seeded draws from the few distributions the simulator needs.
 *
 * <p>{@link java.util.Random}'s algorithms (including {@code nextGaussian}) are fixed by its
 * specification and transcendental functions go through {@link StrictMath}, so the same seed
 * yields the same numbers on every JVM.
 */
final class RandomDraws {

    /** A value with a relative weight, for categorical draws. */
    record Weighted<T>(T value, double weight) { }

    private final Random random;

    private RandomDraws(long seed) {
        this.random = new Random(seed);
    }

    /** An independent stream per purpose, so adding draws to one purpose leaves the others unchanged. */
    static RandomDraws stream(long seed, int purpose) {
        return new RandomDraws(splitMix64(seed + purpose * 0x9E3779B97F4A7C15L));
    }

    private static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    /** Uniform integer in {@code [low, highInclusive]}. */
    int uniformInt(int low, int highInclusive) {
        return low + random.nextInt(highInclusive - low + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    double exponential(double mean) {
        return -mean * StrictMath.log(1.0 - random.nextDouble());
    }

    /** Log-normal multiplier with median 1. */
    double logNormalFactor(double sigma) {
        return StrictMath.exp(sigma * random.nextGaussian());
    }

    int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) { // Knuth's loop gets slow; the normal approximation is plenty here
            return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    int binomial(int trials, double probability) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (random.nextDouble() < probability) {
                successes++;
            }
        }
        return successes;
    }

    <T> T pick(List<Weighted<T>> options) {
        double total = 0;
        for (Weighted<T> option : options) {
            total += option.weight();
        }
        double target = random.nextDouble() * total;
        for (Weighted<T> option : options) {
            target -= option.weight();
            if (target < 0) {
                return option.value();
            }
        }
        return options.get(options.size() - 1).value();
    }

    <T> T pickUniform(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + StrictMath.exp(-x));
    }
}
