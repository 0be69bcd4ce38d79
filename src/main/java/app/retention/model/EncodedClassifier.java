package app.retention.model;

import app.retention.domain.ColumnEncoding;
import app.retention.domain.Encoding;
import app.retention.domain.EncodingPolicy;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Utils;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The encoding of category columns as part of the model (docs/adr/0016). {@code buildClassifier} fits each column's
 * encoding on the customers it is given, so inside cross-validation every training fold fits its own and a test fold
 * never touches one; {@code distributionForInstance} applies the fitted encoding to a customer in the dataset's own
 * header. Everything outside the model (permutation importance, reasons, scoring) therefore sees the columns as the
 * data spells them: a reason names the city, not its encoded rate.
 *
 * <p>Target encoding ({@link TargetRates}): a value's smoothed churn rate among the training customers; the training
 * customers' own rates are cross-fitted, so the learner does not learn to trust the encoding more than it deserves.
 *
 * <p>Part of a saved model, so the fitted encoding is held in primitive arrays and strings only.
 */
public final class EncodedClassifier extends AbstractClassifier {

    private static final long serialVersionUID = 1L;
    private static final int NUMBER = -1;

    private final Classifier learner;
    private final int family;
    private final String[] chosenColumns;
    private final int[] chosenEncodings;
    /** 0 for the default. */
    private final int[] chosenMinCounts;

    /** Names of the attributes of the training header. */
    private String[] columns;
    private int classIndex;
    private String[] classValues;
    /** {@link Encoding} ordinal, or {@link #NUMBER} for numbers and the class. */
    private int[] encodings;
    private int[] distinct;
    private int[] minCounts;
    /** Per nominal attribute and value index: the encoded number, or the value's index in the grouped attribute. */
    private double[][] encoded;
    /** Values of each nominal attribute the learner sees: all of a kept one; the kept values, then the group. */
    private String[][] groups;
    private double prior;
    private boolean identity;
    private transient Instances inner;

    /**
     * @param learner what learns from the encoded columns
     * @param family  how the learner takes categories: it decides the default encodings
     * @param chosen  the user's encodings (ignored for {@link EncodingPolicy.Family#AS_IS}, which reads columns as
     *                they are)
     */
    public EncodedClassifier(Classifier learner, EncodingPolicy.Family family, Collection<ColumnEncoding> chosen) {
        this.learner = learner;
        this.family = family.ordinal();
        List<ColumnEncoding> list = List.copyOf(chosen);
        chosenColumns = new String[list.size()];
        chosenEncodings = new int[list.size()];
        chosenMinCounts = new int[list.size()];
        for (int i = 0; i < list.size(); i++) {
            chosenColumns[i] = list.get(i).column();
            chosenEncodings[i] = list.get(i).encoding().ordinal();
            chosenMinCounts[i] = list.get(i).minCount() == null ? 0 : list.get(i).minCount();
        }
    }

    public Classifier learner() {
        return learner;
    }

    @Override
    public void buildClassifier(Instances data) throws Exception {
        int n = data.numAttributes();
        columns = new String[n];
        encodings = new int[n];
        distinct = new int[n];
        minCounts = new int[n];
        encoded = new double[n][];
        groups = new String[n][];
        double[] classWeight = new double[2];
        for (Instance row : data) {
            if (!row.classIsMissing()) {
                classWeight[(int) row.classValue()] += row.weight();
            }
        }
        classIndex = data.classIndex();
        classValues = new String[data.classAttribute().numValues()];
        for (int v = 0; v < classValues.length; v++) {
            classValues[v] = data.classAttribute().value(v);
        }
        prior = classWeight[1] / Math.max(Double.MIN_VALUE, classWeight[0] + classWeight[1]);
        identity = true;
        for (int a = 0; a < n; a++) {
            encodings[a] = NUMBER;
            Attribute attribute = data.attribute(a);
            columns[a] = attribute.name();
            if (a == classIndex) {
                continue;
            }
            if (attribute.isNominal()) {
                fit(data, a);
                identity &= encodings[a] == Encoding.KEEP.ordinal();
            }
        }
        if (identity) {
            learner.buildClassifier(data);
            return;
        }
        inner = innerHeader(data.relationName());
        learner.buildClassifier(trainingRows(data));
    }

    /** Chooses and fits the encoding of nominal attribute {@code a}. */
    private void fit(Instances data, int a) {
        int values = data.attribute(a).numValues();
        double[] count = new double[values];
        double[] churn = new double[values];
        double present = 0;
        for (Instance row : data) {
            if (!row.isMissing(a) && !row.classIsMissing()) {
                int v = (int) row.value(a);
                count[v] += row.weight();
                churn[v] += row.weight() * row.classValue();
                present += row.weight();
            }
        }
        for (double c : count) {
            distinct[a] += c > 0 ? 1 : 0;
        }
        Encoding encoding = EncodingPolicy.choose(EncodingPolicy.Family.values()[family], distinct[a], present);
        int minCount = EncodingPolicy.DEFAULT_MIN_COUNT;
        if (EncodingPolicy.Family.values()[family] != EncodingPolicy.Family.AS_IS) {
            for (int i = 0; i < chosenColumns.length; i++) {
                if (chosenColumns[i].equals(columns[a])) {
                    encoding = Encoding.values()[chosenEncodings[i]];
                    minCount = chosenMinCounts[i] > 0 ? chosenMinCounts[i] : minCount;
                }
            }
        }
        encodings[a] = encoding.ordinal();
        minCounts[a] = minCount;
        switch (encoding) {
            case TARGET -> encoded[a] = TargetRates.smoothed(count, churn, prior);
            case FREQUENCY -> {
                encoded[a] = new double[values];
                for (int v = 0; v < values; v++) {
                    encoded[a][v] = present == 0 ? 0 : count[v] / present;
                }
            }
            case GROUP_RARE -> group(data.attribute(a), a, count, minCount);
            case KEEP -> {
                groups[a] = new String[values];
                for (int v = 0; v < values; v++) {
                    groups[a][v] = data.attribute(a).value(v);
                }
            }
            case IGNORE -> {
                // nothing to fit
            }
        }
    }

    private void group(Attribute attribute, int a, double[] count, int minCount) {
        List<String> kept = new ArrayList<>();
        encoded[a] = new double[count.length];
        for (int v = 0; v < count.length; v++) {
            if (count[v] >= minCount) {
                encoded[a][v] = kept.size();
                kept.add(attribute.value(v));
            } else {
                encoded[a][v] = -1;
            }
        }
        String other = Encoding.OTHER;
        while (kept.contains(other)) {
            other = other + " (grouped)";
        }
        for (int v = 0; v < count.length; v++) {
            if (encoded[a][v] < 0) {
                encoded[a][v] = kept.size();
            }
        }
        kept.add(other);
        groups[a] = kept.toArray(String[]::new);
    }

    /** The header the learner sees: ignored columns left out, encoded ones as numbers, grouped ones regrouped. */
    private Instances innerHeader(String relation) {
        ArrayList<Attribute> attributes = new ArrayList<>();
        int innerClass = -1;
        for (int a = 0; a < columns.length; a++) {
            if (a == classIndex) {
                innerClass = attributes.size();
                attributes.add(new Attribute(columns[a], new ArrayList<>(List.of(classValues))));
                continue;
            }
            if (encodings[a] == NUMBER) {
                attributes.add(new Attribute(columns[a]));
                continue;
            }
            switch (Encoding.values()[encodings[a]]) {
                case KEEP, GROUP_RARE -> attributes.add(new Attribute(columns[a], new ArrayList<>(List.of(groups[a]))));
                case TARGET -> attributes.add(new Attribute(columns[a] + " (churn rate)"));
                case FREQUENCY -> attributes.add(new Attribute(columns[a] + " (share of customers)"));
                case IGNORE -> {
                    // left out
                }
            }
        }
        Instances header = new Instances(relation, attributes, 0);
        header.setClassIndex(innerClass);
        return header;
    }

    /** Every training customer encoded; target-encoded rates cross-fitted so no customer sees its own label. */
    private Instances trainingRows(Instances data) {
        double[][][] crossFitted = TargetRates.crossFitted(data, encodings);
        int[] fold = TargetRates.folds(data.numInstances());
        Instances rows = new Instances(inner, data.numInstances());
        for (int i = 0; i < data.numInstances(); i++) {
            rows.add(encode(data.instance(i), crossFitted == null ? null : crossFitted[fold[i]]));
        }
        return rows;
    }

    /** One customer in the learner's header; {@code targetRates} replace the fitted rates when given. */
    private Instance encode(Instance row, double[][] targetRates) {
        if (row.numAttributes() != columns.length) {
            throw new ModelException("The customers have " + (row.numAttributes() - 1) + " features; the model was "
                    + "trained on " + (columns.length - 1) + ".");
        }
        double[] values = new double[inner.numAttributes()];
        int at = 0;
        for (int a = 0; a < columns.length; a++) {
            if (encodings[a] == Encoding.IGNORE.ordinal()) {
                continue;
            }
            double v = row.value(a);
            if (row.isMissing(a) || encodings[a] == NUMBER) {
                values[at++] = v;
                continue;
            }
            int index = (int) v;
            int known = encodings[a] == Encoding.KEEP.ordinal() ? groups[a].length : encoded[a].length;
            if (index < 0 || index >= known) {
                throw new ModelException("`" + columns[a] + "` has " + row.attribute(a).numValues()
                        + " values; the model was trained on " + known + ".");
            }
            if (encodings[a] == Encoding.KEEP.ordinal()) {
                values[at++] = v;
                continue;
            }
            double[] map = targetRates != null && encodings[a] == Encoding.TARGET.ordinal() ? targetRates[a] : encoded[a];
            values[at++] = map[index];
        }
        Instance encodedRow = new DenseInstance(row.weight(), values);
        encodedRow.setDataset(inner);
        return encodedRow;
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        if (identity) {
            return learner.distributionForInstance(instance);
        }
        return learner.distributionForInstance(encode(instance, null));
    }

    /**
     * How each category column with more than a few values, or not kept as it is, enters the model, in words:
     * "`state` (51 values): churn rate per value, …".
     */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        if (columns == null) {
            return lines;
        }
        for (int a = 0; a < columns.length; a++) {
            if (a == classIndex || encodings[a] == NUMBER
                    || encodings[a] == Encoding.KEEP.ordinal() && distinct[a] <= EncodingPolicy.KEEP_LIMIT) {
                continue;
            }
            Encoding encoding = Encoding.values()[encodings[a]];
            String head = String.format(Locale.ROOT, "`%s` (%,d values): ", columns[a], distinct[a]);
            lines.add(head + switch (encoding) {
                case KEEP -> "as is, one category per value";
                case GROUP_RARE -> String.format(Locale.ROOT, "values with fewer than %,d customers grouped into "
                        + "\"%s\" (%,d kept)", minCounts[a], groups[a][groups[a].length - 1], groups[a].length - 1);
                case TARGET -> String.format(Locale.ROOT, "churn rate per value among the training customers, "
                        + "pulled towards the overall %.1f%% as if each value had %.0f more customers at that rate",
                        100 * prior, EncodingPolicy.SMOOTHING);
                case FREQUENCY -> "share of the training customers per value";
                case IGNORE -> chosen(a) ? "left out of the model" : "left out of the model: almost every customer "
                        + "has a different value";
            } + (chosen(a) ? " (your choice)" : ""));
        }
        return lines;
    }

    /** Whether the user chose the encoding of attribute {@code a} (the rule baseline ignores choices). */
    private boolean chosen(int a) {
        if (EncodingPolicy.Family.values()[family] == EncodingPolicy.Family.AS_IS) {
            return false;
        }
        for (String column : chosenColumns) {
            if (column.equals(columns[a])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return learner.toString();
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        if (learner == null) {
            throw new ModelException("its encoded model has no learner");
        }
        if (columns != null) {
            check();
            if (!identity) {
                inner = innerHeader("encoded");
            }
        }
    }

    /** What a model file says must hang together before a customer is encoded with it (a crafted file fails here). */
    private void check() {
        int n = columns.length;
        boolean sized = encodings != null && encodings.length == n && distinct != null && distinct.length == n
                && minCounts != null && minCounts.length == n && encoded != null && encoded.length == n
                && groups != null && groups.length == n && classIndex >= 0 && classIndex < n && classValues != null;
        if (!sized) {
            throw new ModelException("its column encodings do not match its columns");
        }
        for (int a = 0; a < n; a++) {
            int e = encodings[a];
            boolean fits = columns[a] != null && (e == NUMBER || e >= 0 && e < Encoding.values().length);
            if (fits && (e == Encoding.TARGET.ordinal() || e == Encoding.FREQUENCY.ordinal())) {
                fits = encoded[a] != null;
            } else if (fits && e == Encoding.KEEP.ordinal()) {
                fits = groups[a] != null;
            } else if (fits && e == Encoding.GROUP_RARE.ordinal()) {
                fits = encoded[a] != null && groups[a] != null && groups[a].length > 0;
                for (int v = 0; fits && v < encoded[a].length; v++) {
                    fits = encoded[a][v] >= 0 && encoded[a][v] < groups[a].length && encoded[a][v] == (int) encoded[a][v];
                }
            }
            if (!fits) {
                throw new ModelException("the encoding of its column `" + columns[a] + "` is damaged");
            }
        }
    }
}
