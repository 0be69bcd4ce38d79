package app.retention.model;

import org.junit.jupiter.api.Test;
import weka.classifiers.trees.RandomForest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LearnerCatalogTest {

    @Test
    void everyLearnerOfTheIssueIsInTheCatalogAndBuilds() {
        assertThat(LearnerCatalog.all()).extracting(LearnerSpec::name).containsExactly("zeror", "rules", "logistic",
                "naivebayes", "j48", "randomforest", "boosting", "xgboost", "jrip", "smo", "mlp");
        for (LearnerSpec spec : LearnerCatalog.all()) {
            assertThat(LearnerCatalog.build(spec.name(), Map.of())).isNotNull();
            assertThat(spec.presets()).containsKeys("fast", "balanced", "thorough");
        }
    }

    @Test
    void parametersReachTheWekaClassifier() {
        RandomForest forest = (RandomForest) LearnerCatalog.build("randomforest", Map.of("trees", "7", "seed", "3"));
        assertThat(forest.getNumIterations()).isEqualTo(7);
        assertThat(forest.getSeed()).isEqualTo(3);
    }

    @Test
    void xgboostParametersReachTheBoosterUnderXGBoostsOwnNames() {
        XGBoostClassifier xgboost = (XGBoostClassifier) LearnerCatalog.build("xgboost", Map.of("depth", "3",
                "learningRate", "0.1", "columnSample", "0.5", "l1", "2", "seed", "9"));
        assertThat(xgboost.params()).containsEntry("max_depth", 3).containsEntry("eta", 0.1)
                .containsEntry("colsample_bytree", 0.5).containsEntry("alpha", 2.0).containsEntry("seed", 9)
                .containsEntry("nthread", 1).containsEntry("objective", "binary:logistic");
        assertThat(LearnerCatalog.build("xgboost", Map.of("balance", "reweight"))).isInstanceOf(BalancedClassifier.class);
        assertThatThrownBy(() -> LearnerCatalog.build("xgboost", Map.of("subsample", "0")))
                .hasMessage("Customers per tree (subsample) must be between 0.05 and 1, not 0.");
    }

    @Test
    void impossibleValuesAreRefusedWithAMessage() {
        assertThatThrownBy(() -> LearnerCatalog.build("randomforest", Map.of("trees", "0")))
                .isInstanceOf(ModelException.class).hasMessage("Number of trees (trees) must be between 1 and 5000, not 0.");
        assertThatThrownBy(() -> LearnerCatalog.build("j48", Map.of("confidence", "high")))
                .hasMessage("Pruning confidence (confidence) must be a number, not `high`.");
        assertThatThrownBy(() -> LearnerCatalog.build("j48", Map.of("depth", "3")))
                .hasMessageContaining("has no parameter `depth`").hasMessageContaining("confidence, minLeaf");
        assertThatThrownBy(() -> LearnerCatalog.build("catboost", Map.of()))
                .hasMessageContaining("Unknown learner `catboost`").hasMessageContaining("xgboost");
    }
}
