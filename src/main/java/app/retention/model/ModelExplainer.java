package app.retention.model;

import weka.classifiers.Classifier;
import weka.classifiers.functions.Logistic;
import weka.classifiers.rules.JRip;
import weka.classifiers.trees.J48;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a person can read of a trained model: trees and rules as text, logistic regression as odds ratios, XGBoost
 * as a summary of its trees.
 */
final class ModelExplainer {

    private ModelExplainer() {
    }

    static ModelDetails details(Classifier model) {
        List<String> encodings = model instanceof EncodedClassifier e ? e.describe() : List.of();
        Classifier unencoded = model instanceof EncodedClassifier e ? e.learner() : model;
        return learnerDetails(unencoded).withEncodings(encodings);
    }

    private static ModelDetails learnerDetails(Classifier model) {
        Classifier inner = model instanceof BalancedClassifier b ? b.learner() : model;
        if (inner instanceof J48) {
            return new ModelDetails("Decision tree", inner.toString().strip(), List.of(), List.of());
        }
        if (inner instanceof JRip) {
            return new ModelDetails("Rules", inner.toString().strip(), List.of(), List.of());
        }
        if (inner instanceof RuleBaseline) {
            return new ModelDetails("Rule baseline", inner.toString().strip(), List.of(), List.of());
        }
        if (inner instanceof XGBoostClassifier) {
            // hundreds of trees are no reading; how many, how deep and how they were chosen is
            return new ModelDetails("Gradient-boosted trees", inner.toString().strip(), List.of(), List.of());
        }
        if (inner instanceof Logistic) {
            List<OddsRatio> ratios = oddsRatios(inner.toString());
            return new ModelDetails("Odds ratios of churn", "", ratios, List.of());
        }
        return ModelDetails.none();
    }

    /**
     * Weka prints the odds ratios of the first class ({@code stay}); the odds of churn are their inverse.
     * Sorted by strength, whichever way it points.
     */
    static List<OddsRatio> oddsRatios(String logistic) {
        List<OddsRatio> ratios = new ArrayList<>();
        int at = logistic.indexOf("Odds Ratios...");
        if (at < 0) {
            return ratios;
        }
        String[] lines = logistic.substring(at).split("\\R");
        boolean table = false;
        for (String line : lines) {
            if (line.startsWith("=")) {
                table = true;
                continue;
            }
            if (!table) {
                continue;
            }
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                break;
            }
            int split = trimmed.lastIndexOf(' ');
            if (split < 0) {
                continue;
            }
            try {
                double stayRatio = Double.parseDouble(trimmed.substring(split + 1));
                String term = trimmed.substring(0, split).strip();
                ratios.add(new OddsRatio(term, stayRatio == 0 ? Double.POSITIVE_INFINITY : 1 / stayRatio));
            } catch (NumberFormatException e) {
                // a line of the table Weka prints that is not a number (such as "Infinity"): left out
            }
        }
        ratios.sort(Comparator.comparingDouble((OddsRatio r) -> Math.abs(Math.log(r.oddsRatio()))).reversed());
        return ratios;
    }
}
