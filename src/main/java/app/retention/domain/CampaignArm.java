package app.retention.domain;

/** The groups of a campaign: customers contacted as the model ranked them, and the held-out control group. */
public enum CampaignArm {
    TREATED("treated"), CONTROL("control");

    private final String label;

    CampaignArm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
