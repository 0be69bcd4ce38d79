package app.retention.model;

import app.retention.domain.ModelRecord;
import weka.classifiers.Classifier;

/**
 * A stored model ready to score: the evaluation it came from (its provenance and metrics), its input schema and
 * the classifier, which stays inside this package.
 */
public final class TrainedModel {

    private final ModelRecord record;
    private final ModelSchema schema;
    private final Classifier classifier;

    TrainedModel(ModelRecord record, ModelSchema schema, Classifier classifier) {
        this.record = record;
        this.schema = schema;
        this.classifier = classifier;
    }

    public long id() {
        return record.id();
    }

    public ModelRecord record() {
        return record;
    }

    public ModelSchema schema() {
        return schema;
    }

    Classifier classifier() {
        return classifier;
    }
}
