package app.retention.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Random;

/**
 * Where the tuner looks for one parameter's value (docs/adr/0022): a range drawn uniformly, on a log scale when
 * {@code log} (a learning rate between 0.02 and 0.3 is as likely to be below 0.08 as above), rounded to
 * {@code digits} significant digits (0 for whole numbers); or one of a few {@code options}.
 */
public record ParamRange(String key, double low, double high, boolean log, int digits, List<String> options) {

    public ParamRange {
        options = List.copyOf(options);
        if (options.isEmpty() && !(low <= high)) {
            throw new IllegalArgumentException(key + ": empty range");
        }
    }

    /** A number between {@code low} and {@code high}, uniform on a log scale. */
    public static ParamRange logScale(String key, double low, double high, int digits) {
        return new ParamRange(key, low, high, true, digits, List.of());
    }

    /** A number between {@code low} and {@code high}, uniform. */
    public static ParamRange linear(String key, double low, double high, int digits) {
        return new ParamRange(key, low, high, false, digits, List.of());
    }

    /** A whole number between {@code low} and {@code high}, uniform (on a log scale when {@code log}). */
    public static ParamRange whole(String key, int low, int high, boolean log) {
        return new ParamRange(key, low, high, log, 0, List.of());
    }

    /** One of these values, each as likely. */
    public static ParamRange oneOf(String key, String... values) {
        return new ParamRange(key, 0, 0, false, 0, List.of(values));
    }

    /** One draw, as the parameter's text; uses exactly one number of {@code random}. */
    String draw(Random random) {
        double u = random.nextDouble();
        if (!options.isEmpty()) {
            return options.get(Math.min(options.size() - 1, (int) (u * options.size())));
        }
        if (digits == 0) {
            double lo = log ? Math.log(low) : low;
            double hi = log ? Math.log(high + 1) : high + 1;
            double x = lo + u * (hi - lo);
            long n = (long) Math.floor(log ? Math.exp(x) : x);
            return Long.toString(Math.max((long) low, Math.min((long) high, n)));
        }
        double x = log ? Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))) : low + u * (high - low);
        double rounded = new BigDecimal(x).round(new MathContext(digits)).doubleValue();
        return ParamSpec.plain(Math.max(low, Math.min(high, rounded)));
    }

    /** "0.02–0.3, log scale", "2–10", "0, 6, 10 or 20": how the range reads in the ADR, help and JSON. */
    public String describe() {
        if (!options.isEmpty()) {
            return options.size() == 1 ? options.get(0) : String.join(", ", options.subList(0, options.size() - 1))
                    + " or " + options.get(options.size() - 1);
        }
        return ParamSpec.plain(low) + "–" + ParamSpec.plain(high) + (log ? ", log scale" : "");
    }
}
