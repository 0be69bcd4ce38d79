package app.retention.ui.models;

import app.retention.model.FeatureImportance;
import app.retention.model.ModelDetails;
import app.retention.model.OddsRatio;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DetailsViewModelTest {

    @Test
    void importanceBarsRunFromTheMostImportantFeatureWhoseBarIsFull() {
        List<ImportanceBar> bars = DetailsViewModel.bars(List.of(new FeatureImportance("nps", 0.02, 0.005),
                new FeatureImportance("orders_90d", 0.08, 0.01), new FeatureImportance("country", -0.001, 0.002)));

        assertThat(bars).extracting(ImportanceBar::feature).containsExactly("orders_90d", "nps", "country");
        assertThat(bars.get(0).share()).isEqualTo(1.0);
        assertThat(bars.get(1).share()).isCloseTo(0.25, within(1e-12));
        assertThat(bars.get(2).share()).isZero(); // shuffling it did not hurt: no bar
        assertThat(bars.get(1).text()).isEqualTo("0.020 ± 0.005");
    }

    @Test
    void oddsRatiosSayHowTheyMoveTheOddsOfChurn() {
        assertThat(DetailsViewModel.effect(new OddsRatio("complaint=Yes", 1.78))).isEqualTo("raises them 78%");
        assertThat(DetailsViewModel.effect(new OddsRatio("push_opt_in=Yes", 0.674))).isEqualTo("lowers them 33%");
        assertThat(DetailsViewModel.effect(new OddsRatio("x", Double.POSITIVE_INFINITY))).isEmpty();
    }

    @Test
    void theModelTabSaysHowManyValuedColumnsEnteredBeforeTheTree() {
        String line = "`state` (51 values): churn rate per value among the training customers";
        assertThat(DetailsViewModel.withEncodings(new ModelDetails("Decision tree", "tenure <= 3: churn", List.of(),
                List.of(line)))).isEqualTo("How category columns enter this model:\n  " + line
                + "\n\ntenure <= 3: churn");
        assertThat(DetailsViewModel.withEncodings(new ModelDetails("Odds ratios of churn", "", List.of(),
                List.of(line)))).isEqualTo("How category columns enter this model:\n  " + line);
        assertThat(DetailsViewModel.withEncodings(new ModelDetails("Rules", "r", List.of(), List.of()))).isEqualTo("r");
    }

    @Test
    void theModelTabNamesTheColumnsARunLeftOutFirst() {
        assertThat(DetailsViewModel.withEncodings(new ModelDetails("Rules", "r", List.of(), List.of(),
                List.of("plan", "visits")))).isEqualTo("Left out of this run: plan, visits.\n\nr");
        assertThat(DetailsViewModel.withEncodings(new ModelDetails("Odds ratios of churn", "", List.of(), List.of(),
                List.of("plan")))).isEqualTo("Left out of this run: plan.");
    }
}
