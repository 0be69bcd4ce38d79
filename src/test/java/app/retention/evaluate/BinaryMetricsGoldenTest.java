package app.retention.evaluate;

import app.retention.testing.SharedDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.Evaluation;
import weka.classifiers.evaluation.NominalPrediction;
import weka.classifiers.evaluation.Prediction;
import weka.core.Instances;
import weka.core.converters.CSVLoader;
import weka.filters.Filter;
import weka.filters.unsupervised.attribute.NumericToNominal;

import java.util.ArrayList;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Our metrics equal Weka's Evaluation on the same predictions, to 1e-9 (ARCHITECTURE.md, correctness contract). */
class BinaryMetricsGoldenTest {

    private static Instances bank;

    @BeforeAll
    static void loadBank() throws Exception {
        // Weka's CSVLoader reads the apostrophe in O'Brien as a quote: give it the file without the
        // identifier and name columns (RowNumber, CustomerId, Surname), which no model uses anyway.
        java.nio.file.Path copy = java.nio.file.Files.createTempFile("bank-", ".csv");
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
        java.nio.file.Files.delete(copy);
        NumericToNominal target = new NumericToNominal();
        target.setAttributeIndices("last");
        target.setInputFormat(data);
        bank = Filter.useFilter(data, target);
        bank.setClassIndex(bank.numAttributes() - 1);
        assertThat(bank.classAttribute().value(1)).isEqualTo("1"); // churn = Exited 1 is class index 1
    }

    @ParameterizedTest
    @ValueSource(strings = {"weka.classifiers.functions.Logistic", "weka.classifiers.trees.J48",
            "weka.classifiers.bayes.NaiveBayes"})
    void metricsEqualWekaEvaluationOnTheSamePredictions(String learner) throws Exception {
        Classifier classifier = AbstractClassifier.forName(learner, new String[0]);
        Evaluation evaluation = new Evaluation(bank);
        evaluation.crossValidateModel(classifier, bank, 5, new Random(1));
        ArrayList<Prediction> predictions = evaluation.predictions();
        double[] p = new double[predictions.size()];
        boolean[] y = new boolean[predictions.size()];
        for (int i = 0; i < p.length; i++) {
            NominalPrediction prediction = (NominalPrediction) predictions.get(i);
            p[i] = prediction.distribution()[1];
            y[i] = prediction.actual() == 1;
        }
        MetricSet ours = BinaryMetrics.compute(p, y, 0.5);
        assertThat(ours.rocAuc()).isCloseTo(evaluation.areaUnderROC(1), within(1e-9));
        assertThat(ours.prAuc()).isCloseTo(evaluation.areaUnderPRC(1), within(1e-9));
        assertThat(ours.accuracy()).isCloseTo(evaluation.pctCorrect() / 100, within(1e-9));
        assertThat(ours.precision()).isCloseTo(evaluation.precision(1), within(1e-9));
        assertThat(ours.recall()).isCloseTo(evaluation.recall(1), within(1e-9));
        assertThat(ours.f1()).isCloseTo(evaluation.fMeasure(1), within(1e-9));
        assertThat(ours.kappa()).isCloseTo(evaluation.kappa(), within(1e-9));
        assertThat(ours.confusion().truePositives()).isEqualTo((long) evaluation.numTruePositives(1));
        assertThat(ours.confusion().falsePositives()).isEqualTo((long) evaluation.numFalsePositives(1));
    }
}
