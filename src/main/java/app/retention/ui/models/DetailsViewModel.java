package app.retention.ui.models;

import app.retention.domain.ColumnLabels;
import app.retention.model.FeatureImportance;
import app.retention.model.ModelDetails;
import app.retention.model.ModelRun;
import app.retention.model.OddsRatio;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What the focused model learned, from its stored run: the tree or rules as text, odds ratios for logistic
 * regression, and permutation importance of each feature on held-out folds (for every learner).
 */
public final class DetailsViewModel {

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importanceNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper importanceTitle = new ReadOnlyStringWrapper("");
    private final ObservableList<OddsRatio> oddsRatios = FXCollections.observableArrayList();
    private final ObservableList<ImportanceBar> importance = FXCollections.observableArrayList();
    private ColumnLabels labels = ColumnLabels.humanised();

    /** How features are named: the labels of the dataset whose models are shown. */
    void useLabels(ColumnLabels labels) {
        this.labels = labels;
    }

    void show(String label, ModelRun run) {
        if (run == null) {
            heading.set("");
            text.set("");
            oddsRatios.clear();
            importance.clear();
            importanceTitle.set("");
            importanceNote.set("Click a model in the leaderboard to see what it learned.");
            return;
        }
        ModelDetails details = run.details() == null ? ModelDetails.none() : run.details();
        boolean unreadable = details.text().isEmpty() && details.oddsRatios().isEmpty();
        // "Decision tree (J48) — Decision tree" says it twice: the label is enough then
        boolean said = label.toLowerCase(Locale.ROOT).contains(details.heading().toLowerCase(Locale.ROOT));
        heading.set(label + (said ? "" : " — " + details.heading())
                + (unreadable ? ": no readable form; the Importance tab shows what it relies on." : ""));
        importanceTitle.set("What " + label + " relies on");
        // a tuned model says how its settings were found and why its score is honest (docs/adr/0022)
        String learned = withEncodings(details);
        text.set(details.tuning() == null ? learned
                : details.tuning().inWords() + (learned.isEmpty() ? "" : "\n\n" + learned));
        oddsRatios.setAll(details.oddsRatios().stream()
                .sorted(Comparator.comparingDouble((OddsRatio o) -> -Math.abs(Math.log(o.oddsRatio())))).toList());
        importance.setAll(bars(run.importance(), labels));
        importanceNote.set(run.importance().isEmpty()
                ? "Importance was not measured for this run (tick \"Feature importance\" before training)."
                : "How much ROC AUC drops when a feature's values are shuffled among the customers of the held-out folds "
                + "(permutation importance, mean ± sd across folds).");
    }

    /** How the category columns entered the model (docs/adr/0016), then the tree, rules or rule. */
    static String withEncodings(ModelDetails details) {
        if (!details.excluded().isEmpty()) {
            String without = "Left out of this run: " + String.join(", ", details.excluded()) + ".";
            String rest = withEncodings(details.withExcluded(List.of()));
            return rest.isEmpty() ? without : without + "\n\n" + rest;
        }
        if (details.encodings().isEmpty()) {
            return details.text();
        }
        StringBuilder out = new StringBuilder("How category columns enter this model:\n");
        details.encodings().forEach(line -> out.append("  ").append(line).append('\n'));
        return details.text().isEmpty() ? out.toString().strip() : out.append('\n').append(details.text()).toString();
    }

    /** "raises them 35%" for an odds ratio of 1.35: what one more unit (or this category) does to the odds. */
    public static String effect(OddsRatio o) {
        double r = o.oddsRatio();
        if (!Double.isFinite(r)) {
            return "";
        }
        return r >= 1 ? String.format(Locale.US, "raises them %.0f%%", (r - 1) * 100)
                : String.format(Locale.US, "lowers them %.0f%%", (1 - r) * 100);
    }

    static List<ImportanceBar> bars(List<FeatureImportance> importance) {
        return bars(importance, ColumnLabels.humanised());
    }

    static List<ImportanceBar> bars(List<FeatureImportance> importance, ColumnLabels labels) {
        double top = importance.stream().mapToDouble(FeatureImportance::aucDrop).max().orElse(0);
        return importance.stream().sorted(Comparator.comparingDouble(FeatureImportance::aucDrop).reversed())
                .map(f -> new ImportanceBar(f.feature(), f.aucDrop(), f.sd(),
                        top <= 0 ? 0 : Math.max(0, Math.min(1, f.aucDrop() / top)), labels.of(f.feature())))
                .toList();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** The tree, the rules or the baseline's rule as text; empty for learners without a readable form. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Strongest effects first; empty unless the model is a logistic regression. */
    public ObservableList<OddsRatio> oddsRatios() {
        return oddsRatios;
    }

    /** Most important first. */
    public ObservableList<ImportanceBar> importance() {
        return importance;
    }

    /** "What Logistic regression relies on". */
    public ReadOnlyStringProperty importanceTitleProperty() {
        return importanceTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty importanceNoteProperty() {
        return importanceNote.getReadOnlyProperty();
    }
}
