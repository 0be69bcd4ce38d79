package app.retention.ui.models;

import app.retention.domain.DatasetInfo;
import app.retention.model.CvPlan;
import app.retention.model.LearnerCatalog;
import app.retention.model.LearnerRequest;
import app.retention.model.LearnerSpec;
import app.retention.model.ParamSpec;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Train panel: which learners, with which parameters (a preset, then the property sheet), under which design
 * (k-fold cross-validation or out of time), and the rule of the rule baseline. Says what is wrong before
 * anything is trained.
 */
public final class TrainingForm {

    public enum Design {
        CROSS_VALIDATION("Cross-validation"), OUT_OF_TIME("Out of time: test on a later dataset");

        private final String label;

        Design(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<String> PRESETS = List.of("fast", "balanced", "thorough");
    public static final String ZEROR = "zeror";
    public static final String RULES = "rules";
    /**
     * Ticked to start with: a classic, readable model and the one that matches the best of every other learner
     * on the four reference datasets (docs/benchmarks.md) in seconds.
     */
    public static final List<String> DEFAULT_LEARNERS = List.of("logistic", "xgboost");
    public static final int DEFAULT_FOLDS = 10;
    public static final int MAX_FOLDS = 50;

    private final ObservableList<LearnerChoice> learners = FXCollections.observableArrayList();
    private final ObjectProperty<LearnerChoice> focused = new SimpleObjectProperty<>();
    private final StringProperty preset = new SimpleStringProperty("balanced");
    private final ObjectProperty<Design> design = new SimpleObjectProperty<>(Design.CROSS_VALIDATION);
    private final IntegerProperty folds = new SimpleIntegerProperty(DEFAULT_FOLDS);
    private final IntegerProperty repeats = new SimpleIntegerProperty(1);
    private final IntegerProperty seed = new SimpleIntegerProperty(1);
    private final BooleanProperty importance = new SimpleBooleanProperty(true);
    private final ObservableList<DatasetInfo> testDatasets = FXCollections.observableArrayList();
    private final ObjectProperty<DatasetInfo> testDataset = new SimpleObjectProperty<>();
    private final ObjectProperty<DatasetInfo> trainDataset = new SimpleObjectProperty<>();
    private final StringProperty rule = new SimpleStringProperty("");
    private final StringProperty ruleHint = new SimpleStringProperty("");
    private final StringBinding paramProblem;
    private final StringBinding problem;

    TrainingForm() {
        List<Observable> watched = new ArrayList<>(List.of(design, testDataset, trainDataset));
        for (LearnerSpec spec : LearnerCatalog.all()) {
            boolean baseline = spec.name().equals(ZEROR) || spec.name().equals(RULES);
            List<ParamField> fields = new ArrayList<>();
            for (ParamSpec p : spec.params()) {
                ParamField field = spec.name().equals(RULES) && p.key().equals("rule")
                        ? new ParamField(spec.label(), p, rule) : new ParamField(spec.label(), p);
                // the rule is checked when the baseline is trained against the data; a blank one leaves it out
                if (!spec.name().equals(RULES)) {
                    watched.add(field.errorProperty());
                }
                fields.add(field);
            }
            LearnerChoice choice = new LearnerChoice(spec, baseline, fields);
            watched.add(choice.chosenProperty());
            learners.add(choice);
        }
        // the learners to choose from first; the baselines, always trained, at the end
        learners.sort(java.util.Comparator.comparing(LearnerChoice::baseline));
        paramProblem = Bindings.createStringBinding(this::findParamProblem, watched.toArray(Observable[]::new));
        problem = Bindings.createStringBinding(this::findProblem, watched.toArray(Observable[]::new));
        preset.addListener((obs, was, now) -> applyPreset(now));
        // the first comparison is one click away
        choose(DEFAULT_LEARNERS);
    }

    /** Every learner's parameters to the preset's values (the catalog's defaults with the preset's changes). */
    private void applyPreset(String name) {
        for (LearnerChoice choice : learners) {
            Map<String, String> values = choice.spec().presets().getOrDefault(name, Map.of());
            for (ParamField field : choice.params()) {
                if (!(choice.spec().name().equals(RULES))) {
                    field.valueProperty().set(values.getOrDefault(field.spec().key(), field.spec().defaultValue()));
                }
            }
        }
    }

    /** The first refused parameter of a ticked learner. */
    private String findParamProblem() {
        return learners.stream().filter(l -> !l.baseline() && l.chosenProperty().get())
                .flatMap(l -> l.params().stream()).filter(f -> !f.isValid())
                .map(f -> f.errorProperty().get()).findFirst().orElse("");
    }

    private String findProblem() {
        String param = findParamProblem();
        if (!param.isEmpty()) {
            return param;
        }
        if (trainDataset.get() == null) {
            return "Choose a dataset with a churn target to train on.";
        }
        if (learners.stream().noneMatch(l -> !l.baseline() && l.chosenProperty().get())) {
            return "Tick at least one learner to compare with the baselines.";
        }
        if (design.get() == Design.OUT_OF_TIME) {
            if (testDataset.get() == null) {
                return "Choose the later dataset to test on.";
            }
            if (testDataset.get().equals(trainDataset.get())) {
                return "Test on a different dataset than the one trained on: a later snapshot.";
            }
        }
        return "";
    }

    /** The chosen learners with their parameters, baselines first; the rule baseline only with a rule. */
    List<LearnerRequest> requests(boolean withRule) {
        List<LearnerRequest> requests = new ArrayList<>();
        requests.add(LearnerRequest.of(ZEROR));
        if (withRule && hasRule()) {
            requests.add(new LearnerRequest(RULES, Map.of("rule", rule.get().strip())));
        }
        for (LearnerChoice choice : learners) {
            if (!choice.baseline() && choice.chosenProperty().get()) {
                Map<String, String> params = new LinkedHashMap<>();
                choice.params().forEach(f -> params.put(f.spec().key(), f.validated()));
                requests.add(new LearnerRequest(choice.spec().name(), params));
            }
        }
        return requests;
    }

    CvPlan plan() {
        return new CvPlan(folds.get(), repeats.get(), seed.get(), importance.get(), true);
    }

    boolean hasRule() {
        return rule.get() != null && !rule.get().isBlank();
    }

    /** Ticks exactly these learners (by catalog name); baselines stay ticked. */
    public void choose(List<String> names) {
        learners.forEach(l -> l.chosenProperty().set(l.baseline() || names.contains(l.spec().name())));
        learners.stream().filter(l -> names.contains(l.spec().name())).findFirst().ifPresent(focused::set);
    }

    /**
     * The dataset to train on and the others as test sets: the chosen test set stays while it is offered, else
     * the first dataset imported after the training one.
     */
    void trainOn(DatasetInfo dataset, List<DatasetInfo> all) {
        trainDataset.set(dataset);
        // a test set says whether the same thing happened: one with another target is another question (m10)
        List<DatasetInfo> others = all.stream().filter(d -> !d.equals(dataset) && dataset != null
                && java.util.Objects.equals(d.targetColumn(), dataset.targetColumn())).toList();
        DatasetInfo chosen = testDataset.get();
        testDatasets.setAll(others);
        DatasetInfo later = dataset == null ? null : others.stream()
                .filter(d -> d.importedAt().isAfter(dataset.importedAt())).reduce((a, b) -> a).orElse(null);
        testDataset.set(chosen != null && others.contains(chosen) ? chosen
                : later != null ? later : others.isEmpty() ? null : others.get(0));
    }

    /** The rule to start from: the sample data's when the dataset has its columns ({@code null}: none). */
    void suggestRule(String suggested) {
        rule.set(suggested == null ? "" : suggested);
        ruleHint.set(suggested != null ? "The sample data's rule: customers matching it are flagged."
                : "Type the rule your team uses today, e.g. days_since_last_order > 45 OR complaint = Yes. "
                + "Without one the rule baseline is left out.");
    }

    public ObservableList<LearnerChoice> learners() {
        return learners;
    }

    /** The learner whose parameters the property sheet shows. */
    public ObjectProperty<LearnerChoice> focusedProperty() {
        return focused;
    }

    /** fast, balanced (the defaults) or thorough: applies to every learner's parameters. */
    public StringProperty presetProperty() {
        return preset;
    }

    public ObjectProperty<Design> designProperty() {
        return design;
    }

    public IntegerProperty foldsProperty() {
        return folds;
    }

    public IntegerProperty repeatsProperty() {
        return repeats;
    }

    public IntegerProperty seedProperty() {
        return seed;
    }

    /** Measure permutation importance on the held-out folds (slower; the details pane shows it). */
    public BooleanProperty importanceProperty() {
        return importance;
    }

    public ObservableList<DatasetInfo> testDatasets() {
        return testDatasets;
    }

    public ObjectProperty<DatasetInfo> testDatasetProperty() {
        return testDataset;
    }

    /** The rule baseline's rule; blank leaves the baseline out. */
    public StringProperty ruleProperty() {
        return rule;
    }

    public StringProperty ruleHintProperty() {
        return ruleHint;
    }

    /** Why a ticked learner's parameter is refused ("Random forest: Number of trees … must be …"), else empty. */
    public StringBinding paramProblemProperty() {
        return paramProblem;
    }

    /** What stops training, in words; empty when the form is ready. */
    public StringBinding problemProperty() {
        return problem;
    }
}
