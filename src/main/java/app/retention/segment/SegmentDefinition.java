package app.retention.segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A saved segment: a dataset version scored by a model, narrowed by filters on any columns, under a name.
 *
 * @param modelId the model whose scores define risk (as the store knows it)
 * @param filters all must hold; none means every scored customer
 */
public record SegmentDefinition(String name, String datasetName, int datasetVersion, String modelId,
                                List<ColumnFilter> filters) {

    /** The pseudo-column of the customer's risk band. */
    public static final String RISK_BAND = "risk_band";
    /** The pseudo-column of the customer's churn probability. */
    public static final String CHURN_PROBABILITY = "churn_probability";

    /**
     * The longest name a new segment may have: it must fit a file name, a column of a spreadsheet and the brief's
     * title line, and it stays far below what the store holds (200).
     */
    public static final int MAX_NAME_LENGTH = 100;

    /**
     * The name a new segment is saved under: stripped of surrounding spaces; refused when blank, longer than
     * {@link #MAX_NAME_LENGTH} or holding a control character (a tab, a line break, an escape), which would break
     * lists, terminals and the PDF brief.
     */
    public static String newName(String name) {
        if (name == null || name.isBlank()) {
            throw new SegmentException("A segment needs a name.");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME_LENGTH) {
            throw new SegmentException("The segment name is " + stripped.length() + " characters long; the limit is "
                    + MAX_NAME_LENGTH + ". Choose a shorter name.");
        }
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                throw new SegmentException(String.format(java.util.Locale.ROOT, "The segment name has a control "
                        + "character (U+%04X) at position %d; use letters, digits, spaces and punctuation only.",
                        (int) stripped.charAt(i), i + 1));
            }
        }
        return stripped;
    }

    public SegmentDefinition {
        if (name == null || name.isBlank()) {
            throw new SegmentException("A segment needs a name.");
        }
        name = name.strip();
        filters = List.copyOf(filters);
    }

    /** {@code name@version} of the dataset. */
    public String datasetReference() {
        return datasetName + "@" + datasetVersion;
    }

    /** The customers meeting every filter, in the given order. */
    public List<ScoredCustomer> select(List<ScoredCustomer> customers) {
        return customers.stream().filter(this::includes).toList();
    }

    /** Whether the customer meets every filter. */
    public boolean includes(ScoredCustomer customer) {
        return filters.stream().allMatch(f -> f.matches(customer));
    }

    /** The filters in words ("risk band is High and country is BR"), or "all scored customers". */
    public String describeFilters() {
        return filters.isEmpty() ? "all scored customers"
                : filters.stream().map(ColumnFilter::describe).collect(Collectors.joining(" and "));
    }

    /** The segment in one sentence: "Customers of mcommerce_2026_09@1 scored by model 7 where risk band is High". */
    public String describe() {
        String model = modelId.toLowerCase(java.util.Locale.ROOT).startsWith("model") ? modelId : "model " + modelId;
        String base = "Customers of " + datasetReference() + " scored by " + model;
        return filters.isEmpty() ? base : base + " where " + describeFilters();
    }
}
