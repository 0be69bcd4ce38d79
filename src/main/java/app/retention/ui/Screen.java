package app.retention.ui;

/** The screens of the main window, in navigation order, with what each will offer. */
public enum Screen {
    DATA("Data", ""),
    EXPLORE("Explore", "See who churns: the churn rate by plan, tenure, region or any other column, "
            + "missing values and outliers per column, and which columns move together."),
    MODELS("Models", "Train churn models on a dataset (decision trees, logistic regression, random forests "
            + "and a simple rule-based baseline) and compare them side by side with honest, cross-validated numbers."),
    SEGMENTS("Segments", "Score your customers with a model, split them into risk bands, and pick who to "
            + "contact within a budget, with a control group to measure the campaign."),
    EXPORTS("Exports", "Call lists, segment lists and campaign briefs are exported from the Segments screen's "
            + "Export tab. This screen will list the export log: who exported what and when, and whether personal "
            + "data was included.");

    private final String title;
    private final String plannedContent;

    Screen(String title, String plannedContent) {
        this.title = title;
        this.plannedContent = plannedContent;
    }

    public String title() {
        return title;
    }

    /** What the screen will show once it is built. */
    public String plannedContent() {
        return plannedContent;
    }
}
