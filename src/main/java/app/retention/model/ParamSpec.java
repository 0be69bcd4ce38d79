package app.retention.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * One learner parameter as a person sees it: a key for the CLI, a label, a default and the allowed range.
 * {@code min}/{@code max} apply to numbers, {@code choices} to a choice; text parameters are free.
 */
public record ParamSpec(String key, String label, String description, Kind kind, String defaultValue, double min,
                        double max, List<String> choices) {

    public enum Kind { INTEGER, DECIMAL, BOOLEAN, TEXT, CHOICE }

    public ParamSpec {
        choices = List.copyOf(choices);
    }

    /** A number, yes/no or text parameter. */
    public ParamSpec(String key, String label, String description, Kind kind, String defaultValue, double min,
                     double max) {
        this(key, label, description, kind, defaultValue, min, max, List.of());
    }

    /** A parameter that takes one of a few named values. */
    public static ParamSpec choice(String key, String label, String description, String defaultValue,
                                   List<String> choices) {
        return new ParamSpec(key, label, description, Kind.CHOICE, defaultValue, 0, 0, choices);
    }

    /**
     * A number as people write it: {@code 0.00000001}, never {@code 1.0E-8}; no trailing zeros ({@code 1}, not
     * {@code 1.0}).
     */
    public static String plain(double d) {
        return d == 0 ? "0" : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** Whether {@code value} is this parameter's default, however it was written ("1.0E-8" and "0.00000001"). */
    public boolean isDefault(String value) {
        try {
            return validate(defaultValue).equals(validate(value));
        } catch (ModelException e) {
            return false;
        }
    }

    /** Checks a value the user typed; returns it normalised (numbers in plain notation) or throws with a message naming the parameter. */
    public String validate(String value) {
        String v = value.strip();
        switch (kind) {
            case INTEGER -> {
                long n;
                try {
                    n = Long.parseLong(v);
                } catch (NumberFormatException e) {
                    throw new ModelException(label + " (" + key + ") must be a whole number, not `" + value + "`.");
                }
                checkRange(n);
                return Long.toString(n);
            }
            case DECIMAL -> {
                double d;
                try {
                    d = Double.parseDouble(v);
                } catch (NumberFormatException e) {
                    throw new ModelException(label + " (" + key + ") must be a number, not `" + value + "`.");
                }
                if (!Double.isFinite(d)) {
                    throw new ModelException(label + " (" + key + ") must be a finite number.");
                }
                checkRange(d);
                return plain(d);
            }
            case BOOLEAN -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new ModelException(label + " (" + key + ") must be true or false, not `" + value + "`.");
                }
                return lower;
            }
            case CHOICE -> {
                String lower = v.toLowerCase(Locale.ROOT);
                if (!choices.contains(lower)) {
                    throw new ModelException(label + " (" + key + ") must be one of " + String.join(", ", choices)
                            + ", not `" + value + "`.");
                }
                return lower;
            }
            default -> {
                return value;
            }
        }
    }

    private void checkRange(double n) {
        if (n < min || n > max) {
            throw new ModelException(String.format(Locale.ROOT, "%s (%s) must be between %s and %s, not %s.", label, key,
                    plain(min), plain(max), plain(n)));
        }
    }
}
