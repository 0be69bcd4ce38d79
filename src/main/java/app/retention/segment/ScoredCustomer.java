package app.retention.segment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One scored customer, the neutral input of everything in this package (the store produces them from a
 * dataset version and a model's scores).
 *
 * @param key         the customer's identifier, unique within a segment; ties in rankings break on it
 * @param probability the calibrated churn probability, in [0, 1]
 * @param band        the risk band's name ({@code High})
 * @param value       the customer's value (CLV); {@code NaN} when unknown
 * @param reasons     the top drivers of this customer's score, strongest first
 * @param attributes  the dataset's columns by name, in the dataset's order; values are {@code String},
 *                    {@code Number}, {@code Boolean}, a {@code java.time} date or {@code null} when missing
 */
public record ScoredCustomer(String key, double probability, String band, double value, List<Reason> reasons,
                             Map<String, Object> attributes) {

    public ScoredCustomer {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a scored customer needs a key");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("churn probability of " + key + " must be within [0, 1]: " + probability);
        }
        Objects.requireNonNull(band, "band");
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("value of " + key + " must be finite or NaN: " + value);
        }
        reasons = List.copyOf(reasons);
        // missing values are nulls, which Map.copyOf refuses; keep the dataset's column order
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** Whether the customer's value (CLV) is known. */
    public boolean hasValue() {
        return !Double.isNaN(value);
    }

    /** Churn probability × value, 0 when the value is unknown. */
    public double valueAtRisk() {
        return hasValue() ? probability * value : 0;
    }

    /** The attribute's value, or null when the column is absent or the value missing. */
    public Object attribute(String column) {
        return attributes.get(column);
    }
}
