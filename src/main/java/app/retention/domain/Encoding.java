package app.retention.domain;

import java.util.Arrays;
import java.util.Locale;

/**
 * How a category or text column enters a model (docs/adr/0016). The workbench chooses one per column and learner
 * unless the user chose one with the dataset.
 */
public enum Encoding {
    /** Every value as it is (few values). */
    KEEP("keep", "as is"),
    /** Values with too few customers become one value, "Other". */
    GROUP_RARE("group-rare", "rare values grouped into \"Other\""),
    /** Each value's churn rate among the training customers, pulled towards the overall rate when it has few. */
    TARGET("target", "churn rate per value"),
    /** Each value's share of the training customers. */
    FREQUENCY("frequency", "share of customers per value"),
    /** Left out of models. */
    IGNORE("ignore", "left out");

    /** The value rare values are grouped into. */
    public static final String OTHER = "Other";

    private final String label;
    private final String description;

    Encoding(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** As the command line spells it: {@code group-rare}. */
    public String label() {
        return label;
    }

    /** In words, for the Model tab and provenance: "churn rate per value". */
    public String description() {
        return description;
    }

    /**
     * The encoding a label names, ignoring case and {@code _}/{@code -}.
     *
     * @throws IllegalArgumentException when it names none
     */
    public static Encoding fromLabel(String label) {
        String wanted = label == null ? "" : label.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values()).filter(e -> e.label.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an encoding: " + label));
    }

    /** Every label, for messages: "keep, group-rare, target, frequency or ignore". */
    public static String labels() {
        String[] all = Arrays.stream(values()).map(Encoding::label).toArray(String[]::new);
        return String.join(", ", Arrays.copyOf(all, all.length - 1)) + " or " + all[all.length - 1];
    }
}
