package app.retention.segment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scored customers for tests, written out in the test that uses them. */
final class Customers {

    private Customers() {
    }

    static ScoredCustomer customer(String key, double p, String band, double value) {
        return new ScoredCustomer(key, p, band, value, List.of(), Map.of());
    }

    static ScoredCustomer customer(String key, double p, String band, double value, String channel,
                                   Reason... reasons) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("acquisition_channel", channel);
        return new ScoredCustomer(key, p, band, value, List.of(reasons), attributes);
    }
}
