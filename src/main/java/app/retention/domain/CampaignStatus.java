package app.retention.domain;

import java.util.Arrays;
import java.util.Locale;

/** Where a campaign is: planned (starts later), running, its outcomes imported, or read out. */
public enum CampaignStatus {
    PLANNED("planned"), RUNNING("running"), OUTCOMES_IN("outcomes in"), READ_OUT("read out");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    /** As users read it: "outcomes in". */
    public String label() {
        return label;
    }

    /** The stored spelling: {@code OUTCOMES_IN}. */
    public static CampaignStatus stored(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name.toUpperCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown campaign status " + name));
    }
}
