package app.retention.ui.models;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Train panel offers before anyone touches it. */
class TrainingFormDefaultsTest {

    @Test
    void logisticRegressionAndXGBoostAreTickedToStartWithBesideTheBaselines() {
        TrainingForm form = new TrainingForm();
        assertThat(form.learners().stream().filter(l -> l.chosenProperty().get()).map(l -> l.spec().name()))
                .containsExactlyInAnyOrder("logistic", "xgboost", "zeror", "rules");
        assertThat(form.focusedProperty().get().spec().name()).isEqualTo("logistic");
    }

    @Test
    void xgboostsPropertySheetHasEveryParameterWithItsDefault() {
        LearnerChoice xgboost = new TrainingForm().learners().stream()
                .filter(l -> l.spec().name().equals("xgboost")).findFirst().orElseThrow();
        assertThat(xgboost.params()).extracting(p -> p.spec().key()).containsExactly("rounds", "learningRate",
                "depth", "minChildWeight", "subsample", "columnSample", "l1", "l2", "earlyStopping", "refit", "seed", "balance");
        assertThat(xgboost.params()).allSatisfy(p -> assertThat(p.valueProperty().get())
                .isEqualTo(p.spec().defaultValue()));
    }
}
