package app.retention.evaluate;

import app.retention.testing.SharedDatasets;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Instances;
import weka.core.converters.CSVLoader;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NumericToNominal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;

/** Real out-of-fold predictions of Weka learners on the shared bank churn data, for the golden tests. */
final class BankPredictions {

    private static Instances bank;

    private BankPredictions() {
    }

    /** The bank data with churn ({@code Exited} = 1) as class index 1. */
    static synchronized Instances bank() throws Exception {
        if (bank == null) {
            bank = load();
        }
        return bank;
    }

    private static Instances load() throws Exception {
        // Weka's CSVLoader reads the apostrophe in O'Brien as a quote: give it the file without the
        // identifier and name columns (RowNumber, CustomerId, Surname), which no model uses anyway.
        Path copy = Files.createTempFile("bank-", ".csv");
        try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader = de.siegmar.fastcsv.reader.CsvReader
                .builder().ofCsvRecord(SharedDatasets.file("bank_churn_modelling.csv"));
             de.siegmar.fastcsv.writer.CsvWriter writer = de.siegmar.fastcsv.writer.CsvWriter.builder().build(copy)) {
            for (de.siegmar.fastcsv.reader.CsvRecord record : reader) {
                writer.writeRecord(record.getFields().subList(3, record.getFieldCount()));
            }
        }
        CSVLoader loader = new CSVLoader();
        loader.setSource(copy.toFile());
        Instances data = loader.getDataSet();
        Files.delete(copy);
        NumericToNominal target = new NumericToNominal();
        target.setAttributeIndices("last");
        target.setInputFormat(data);
        Instances nominal = Filter.useFilter(data, target);
        nominal.setClassIndex(nominal.numAttributes() - 1);
        return nominal;
    }

    /** Weka's own cross-validation of {@code learner} (a class name) with seed 1. */
    static Evaluation crossValidated(String learner, int folds) throws Exception {
        Classifier classifier = AbstractClassifier.forName(learner, new String[0]);
        Evaluation evaluation = new Evaluation(bank());
        evaluation.crossValidateModel(classifier, bank(), folds, new Random(1));
        return evaluation;
    }

    static double[] churnProbabilities(ArrayList<Prediction> predictions) {
        double[] p = new double[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = ((NominalPrediction) predictions.get(i)).distribution()[1];
        }
        return p;
    }

    static boolean[] churned(ArrayList<Prediction> predictions) {
        boolean[] y = new boolean[predictions.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = predictions.get(i).actual() == 1;
        }
        return y;
    }
}
