package app.retention.explore;

import app.retention.data.PersonalData;
import app.retention.domain.ColumnEncoding;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.ColumnType;
import app.retention.domain.Encoding;
import app.retention.domain.EncodingPolicy;
import app.retention.explore.DataWarning.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The data-quality checks run before anyone trains on a dataset; each finding carries its evidence. */
final class WarningRules {

    static final double LEAKAGE_AUC = 0.95;
    static final double HIGH_MISSING = 0.30;
    static final double NEAR_CONSTANT = 0.99;
    static final double IMBALANCE = 0.10;
    static final int MIN_MINORITY = 30;

    private static final Set<String> CHURN_WORDS = Set.of("churn", "churned", "cancel", "cancelled", "canceled",
            "cancellation", "cancelation", "exit", "exited", "attrition", "termination", "terminated");
    private static final Set<String> LEAK_WORDS = Set.of("score", "reason", "date", "at", "probability", "prob", "risk",
            "flag", "status", "motivo", "data");

    private WarningRules() {
    }

    /** Everything the rules look at, computed once by the service. */
    record Inputs(List<ColumnInfo> columns, DatasetProfile profile, Map<String, ColumnDistribution> distributions,
                  Map<String, Driver> drivers, long duplicateRows, Map<String, ColumnEncoding> encodings) {
    }

    static List<DataWarning> check(Inputs in) {
        List<DataWarning> warnings = new ArrayList<>();
        target(in, warnings);
        for (ColumnInfo c : in.columns()) {
            ColumnProfile p = in.profile().columns().stream().filter(x -> x.name().equals(c.name())).findFirst().orElseThrow();
            leakage(c, in.drivers().get(c.name()), warnings);
            identifier(c, p, warnings);
            location(c, p, in.distributions().get(c.name()), warnings);
            if (c.role() == ColumnRole.PII) {
                warnings.add(new DataWarning("pii", Severity.INFO, List.of(c.name()), c.name() + " holds personal data: "
                        + "it is never used as a model feature and is masked in exports unless you include it.", null));
            }
            duplicateIds(c, p, warnings);
            if (c.role() == ColumnRole.FEATURE) {
                ColumnDistribution d = in.distributions().get(c.name());
                personalFeature(c, d, warnings);
                constant(c, p, d, warnings);
                missing(c, p, d, in.profile().baseRate(), warnings);
                spelling(c, d, warnings);
                cardinality(c, p, d, in.encodings().get(c.name()), warnings);
            }
        }
        if (in.duplicateRows() > 0) {
            warnings.add(new DataWarning("duplicates", Severity.WARNING, List.of(), String.format(Locale.ROOT,
                    "%,d rows are exact copies of another row (%s of the data). Check the export that produced the "
                            + "file: duplicated customers weigh twice in every rate and model.", in.duplicateRows(),
                    DriverRanking.percent((double) in.duplicateRows() / in.profile().rows())), null));
        }
        warnings.sort((a, b) -> a.severity().compareTo(b.severity()));
        return warnings;
    }

    private static void target(Inputs in, List<DataWarning> warnings) {
        DatasetProfile profile = in.profile();
        if (profile.target() == null) {
            warnings.add(new DataWarning("target", Severity.ERROR, List.of(), "No column is marked as the churn target. "
                    + "Mark the column that says whether a customer churned as target (Data screen, import).", null));
            return;
        }
        long churners = profile.churners();
        long stayers = profile.rows() - churners;
        List<String> target = List.of(profile.target());
        if (churners == 0 || stayers == 0) {
            warnings.add(new DataWarning("target", Severity.ERROR, target, "The target " + profile.target()
                    + " has a single class (" + (churners == 0 ? "nobody churned" : "everybody churned")
                    + "): a churn model needs both churners and customers who stayed.", null));
            return;
        }
        long minority = Math.min(churners, stayers);
        if (minority < MIN_MINORITY) {
            warnings.add(new DataWarning("target", Severity.ERROR, target, String.format(Locale.ROOT,
                    "Only %d customers are in the smaller class of %s; at least %d are needed to train and test a model.",
                    minority, profile.target(), MIN_MINORITY), null));
        } else if ((double) minority / profile.rows() < IMBALANCE) {
            warnings.add(new DataWarning("imbalance", Severity.WARNING, target, String.format(Locale.ROOT,
                    "Only %s of customers are in the smaller class (%,d of %,d). Accuracy will look high even for a model "
                            + "that flags nobody; compare models by AUC and lift, and consider class balancing.",
                    DriverRanking.percent((double) minority / profile.rows()), minority, profile.rows()), null));
        }
    }

    private static void leakage(ColumnInfo c, Driver driver, List<DataWarning> warnings) {
        if (c.role() == ColumnRole.TARGET || c.role() == ColumnRole.IGNORED) {
            return;
        }
        List<String> words = words(c.name());
        boolean leakyName = words.stream().anyMatch(CHURN_WORDS::contains) && (words.stream().anyMatch(LEAK_WORDS::contains)
                || c.type() == ColumnType.DATE) || words.contains("cancellation") || words.contains("cancelation");
        boolean nearPerfect = driver != null && driver.auc() >= LEAKAGE_AUC;
        if (!leakyName && !nearPerfect) {
            return;
        }
        String evidence = nearPerfect
                ? String.format(Locale.ROOT, "on its own it predicts churn almost perfectly (ROC AUC %.3f)", driver.auc())
                : "its name says it is known only once a customer has churned";
        warnings.add(new DataWarning("leakage", Severity.WARNING, List.of(c.name()), c.name() + " is likely target "
                + "leakage: " + evidence + ". A model using it will look excellent and fail on next month's customers.",
                ignore(c, "Ignore " + c.name() + " in models")));
    }

    private static void identifier(ColumnInfo c, ColumnProfile p, List<DataWarning> warnings) {
        if (c.role() == ColumnRole.ID) {
            warnings.add(new DataWarning("identifier", Severity.INFO, List.of(c.name()), String.format(Locale.ROOT,
                    "%s identifies customers (%,d distinct values in %,d rows): it is kept out of models.",
                    c.name(), p.distinct(), p.rows()), null));
        } else if (c.role() == ColumnRole.FEATURE && p.rows() > 50 && p.missing() == 0 && p.distinct() == p.rows()
                && (c.type() == ColumnType.INTEGER || c.type() == ColumnType.TEXT)) {
            warnings.add(new DataWarning("identifier", Severity.WARNING, List.of(c.name()), String.format(Locale.ROOT,
                    "%s has a different value in every row (%,d): it looks like an identifier used as a feature, which "
                            + "lets a model memorise customers instead of learning.", c.name(), p.distinct()),
                    ignore(c, "Ignore " + c.name() + " in models")));
        }
    }

    /**
     * A postal code, coordinates or a city shared by few customers, kept out of models by the import (a
     * quasi-identifier under LGPD and GDPR): why, and the command that makes it a feature after all.
     */
    private static void location(ColumnInfo c, ColumnProfile p, ColumnDistribution d, List<DataWarning> warnings) {
        if (c.role() != ColumnRole.IGNORED
                || !PersonalData.looksLikeLocation(c.name(), c.type(), p.distinct(), p.rows() - p.missing())) {
            return;
        }
        String evidence = String.format(Locale.ROOT, "`%s` has %,d values among %,d customers", c.name(), p.distinct(),
                p.rows() - p.missing());
        if (d != null && d.size() > 0) {
            long[] counts = d.counts().clone();
            java.util.Arrays.sort(counts);
            evidence += String.format(Locale.ROOT, ", half of them held by %,d customer%s or fewer",
                    counts[counts.length / 2], counts[counts.length / 2] == 1 ? "" : "s");
        }
        warnings.add(new DataWarning("location", Severity.INFO, List.of(c.name()), evidence + ": where a customer "
                + "lives singles them out together with a few other columns (personal data under LGPD and GDPR), so "
                + "it is treated as personal location data, not a feature. To use it in models, if you have a legal "
                + "basis: `columns set DATASET " + c.name() + " --role feature`.", null));
    }

    /** The same customer twice: an identifier whose values repeat. */
    private static void duplicateIds(ColumnInfo c, ColumnProfile p, List<DataWarning> warnings) {
        long present = p.rows() - p.missing();
        if (c.role() != ColumnRole.ID || p.distinct() >= present) {
            return;
        }
        warnings.add(new DataWarning("duplicates", Severity.WARNING, List.of(c.name()), String.format(Locale.ROOT,
                "%s repeats: %,d rows share an identifier with another row (%,d distinct values in %,d rows). The same "
                        + "customer counted twice weighs twice in every rate and model.", c.name(), present - p.distinct(),
                p.distinct(), present), null));
    }

    /** A column that looks like names, e-mails, phones or tax ids but is marked as a model feature. */
    private static void personalFeature(ColumnInfo c, ColumnDistribution d, List<DataWarning> warnings) {
        if (d == null) {
            return;
        }
        List<String> sample = d.values().stream().limit(200).map(String::valueOf).toList();
        if (PersonalData.looksPersonal(c.name(), c.type(), sample)) {
            warnings.add(new DataWarning("pii", Severity.WARNING, List.of(c.name()), c.name() + " looks like personal "
                    + "data (names, e-mails, phones or tax ids) but is marked as a model feature. Personal data must "
                    + "not decide who is contacted; keep it out of models.",
                    new WarningAction(WarningAction.Kind.IGNORE_COLUMN, "Keep " + c.name() + " out of models", c.name(),
                            Map.of())));
        }
    }

    private static void constant(ColumnInfo c, ColumnProfile p, ColumnDistribution d, List<DataWarning> warnings) {
        if (d == null || p.rows() == 0) {
            return;
        }
        long top = d.missing();
        for (long n : d.counts()) {
            top = Math.max(top, n);
        }
        double share = (double) top / p.rows();
        if (d.size() <= 1 && d.missing() == 0 || share >= 1.0) {
            warnings.add(new DataWarning("constant", Severity.WARNING, List.of(c.name()), c.name()
                    + " has the same value in every row: it cannot tell churners apart.",
                    ignore(c, "Ignore " + c.name() + " in models")));
        } else if (share >= NEAR_CONSTANT) {
            warnings.add(new DataWarning("constant", Severity.WARNING, List.of(c.name()), String.format(Locale.ROOT,
                    "%s is nearly constant: one value covers %s of rows.", c.name(), DriverRanking.percent(share)),
                    ignore(c, "Ignore " + c.name() + " in models")));
        }
    }

    private static void missing(ColumnInfo c, ColumnProfile p, ColumnDistribution d, double baseRate,
                                List<DataWarning> warnings) {
        if (p.missingShare() < HIGH_MISSING || d == null) {
            return;
        }
        String evidence = "";
        long present = d.present();
        if (!Double.isNaN(baseRate) && d.missing() > 0 && present > 0) {
            long presentChurners = 0;
            for (long ch : d.churners()) {
                presentChurners += ch;
            }
            evidence = String.format(Locale.ROOT, " Customers without it churn at %s, those with it at %s: the gap "
                            + "itself may be a signal, which models keep by treating missing as its own value.",
                    DriverRanking.percent((double) d.missingChurners() / d.missing()),
                    DriverRanking.percent((double) presentChurners / present));
        }
        warnings.add(new DataWarning("missing", Severity.WARNING, List.of(c.name()), String.format(Locale.ROOT,
                "%s is missing for %s of customers (%,d).", c.name(), DriverRanking.percent(p.missingShare()), p.missing())
                + evidence, ignore(c, "Ignore " + c.name() + " in models")));
    }

    private static void spelling(ColumnInfo c, ColumnDistribution d, List<DataWarning> warnings) {
        if (d == null || (c.type() != ColumnType.CATEGORY && c.type() != ColumnType.TEXT) || d.size() > 200) {
            return;
        }
        List<Long> counts = java.util.Arrays.stream(d.counts()).boxed().toList();
        List<MergeSuggestion> suggestions = SpellingVariants.suggest(d.values().stream().map(String::valueOf).toList(),
                counts);
        if (suggestions.isEmpty()) {
            return;
        }
        Map<String, String> merges = new java.util.LinkedHashMap<>();
        suggestions.forEach(s -> merges.put(s.variant(), s.spelling()));
        String pairs = suggestions.stream().map(MergeSuggestion::describe).collect(Collectors.joining(", "));
        boolean sure = suggestions.stream().allMatch(s -> s.confidence() == MergeSuggestion.Confidence.HIGH);
        warnings.add(new DataWarning("spelling", Severity.WARNING, List.of(c.name()), c.name()
                + " seems to spell the same category in different ways: " + pairs + ". Merge them so rates and models "
                + "see one category (the imported data is not changed; undo with `fixes DATASET --undo N`)."
                + (sure ? "" : " Check the medium-confidence ones against the data first."),
                new WarningAction(WarningAction.Kind.MERGE_CATEGORIES, "Merge " + merges.size()
                        + (merges.size() == 1 ? " spelling" : " spellings"), c.name(), merges, suggestions)));
    }

    /**
     * A category or text column with many values (docs/adr/0016): how many, how few customers most of them have,
     * and how models take it. A column where almost every customer has a different value reads as free text and is
     * left out by default.
     */
    private static void cardinality(ColumnInfo c, ColumnProfile p, ColumnDistribution d, ColumnEncoding chosen,
                                    List<DataWarning> warnings) {
        if (d == null || (c.type() != ColumnType.CATEGORY && c.type() != ColumnType.TEXT)
                || d.size() <= EncodingPolicy.KEEP_LIMIT) {
            return;
        }
        if (p.rows() > 50 && p.missing() == 0 && p.distinct() == p.rows()) {
            return; // the identifier warning says it already
        }
        long[] counts = d.counts().clone();
        java.util.Arrays.sort(counts);
        long median = counts[counts.length / 2];
        long rare = java.util.Arrays.stream(counts).filter(n -> n < EncodingPolicy.DEFAULT_MIN_COUNT).count();
        String evidence = String.format(Locale.ROOT, "%s has %,d different values among %,d customers; %,d of them "
                        + "(%s) have fewer than %d customers each, and half have %,d or fewer.", c.name(), d.size(),
                d.present(), rare, DriverRanking.percent((double) rare / d.size()), EncodingPolicy.DEFAULT_MIN_COUNT,
                median);
        String change = " Choose another way with `columns set DATASET " + c.name() + " --encoding ENC` ("
                + Encoding.labels() + ").";
        if (chosen != null && chosen.encoding() == Encoding.KEEP && d.size() > EncodingPolicy.GROUP_LIMIT) {
            warnings.add(new DataWarning("cardinality", Severity.WARNING, List.of(c.name()), evidence + " You chose "
                    + "to keep every value as it is: logistic regression, SMO and the neural network fit one input per "
                    + "value, which can take minutes and learns each from a handful of customers." + change, null));
        } else if (chosen != null) {
            warnings.add(new DataWarning("cardinality", Severity.INFO, List.of(c.name()), evidence + " You chose "
                    + "how models take it: " + chosen.encoding().description() + "." + change, null));
        } else if (EncodingPolicy.freeText(d.size(), d.present())) {
            warnings.add(new DataWarning("cardinality", Severity.WARNING, List.of(c.name()), evidence + " It reads "
                    + "as free text, which tells nothing about customers it has not seen, so models leave it out."
                    + change, ignore(c, "Keep " + c.name() + " out of models")));
        } else {
            warnings.add(new DataWarning("cardinality", Severity.WARNING, List.of(c.name()), evidence + " As "
                    + "categories each value would be a model input learned from a handful of customers, "
                    + "so models take it as each value's churn rate among the training customers (fitted on each "
                    + "training fold only, pulled towards the overall rate for rare values)"
                    + (d.size() <= EncodingPolicy.GROUP_LIMIT ? "; trees get values with fewer than "
                    + EncodingPolicy.DEFAULT_MIN_COUNT + " customers grouped into \"" + Encoding.OTHER + "\" instead"
                    : "") + "." + change, null));
        }
    }

    private static WarningAction ignore(ColumnInfo c, String label) {
        return new WarningAction(WarningAction.Kind.IGNORE_COLUMN, label, c.name(), Map.of());
    }

    private static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        List<String> words = new ArrayList<>();
        for (String w : spaced.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
