package app.retention.domain;

/**
 * The groups of a campaign: customers contacted as the model ranked them and their held-out control group; in a
 * model-vs-rule campaign also the customers the team's rule picked and the rule's own hold-out.
 */
public enum CampaignArm {
    TREATED("treated"), CONTROL("control"), RULE("rule"), RULE_CONTROL("rule control");

    private final String label;

    CampaignArm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the arm's customers were contacted. */
    public boolean contacted() {
        return this == TREATED || this == RULE;
    }
}
