package app.retention.model;

import java.util.List;

/**
 * The inputs and target a model was built with. A later dataset is read into the same header, so a model
 * trained on September scores October (unseen category values become missing).
 *
 * @param churnValue how "churned" is spelled in the target, as text ("true", "Yes", "1")
 */
public record ModelSchema(List<FeatureSpec> features, String target, String churnValue) {

    public static final String STAY = "stay";
    public static final String CHURN = "churn";
}
